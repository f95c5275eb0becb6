package org.gjs.lang.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.utilities.CyclicAssumption;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Property;

/**
 * [[Set]] (OrdinarySet) on the slow path: setters and read-only properties on the prototype chain,
 * non-extensible objects. The property nodes add a property directly when the receiver's shape and
 * prototype chain were found plain (no accessor, read-only property or non-extensible object) when
 * they specialized; {@link #EPOCH} is invalidated, and those caches rebuilt, whenever any object gets
 * such a property or a prototype changes. (Built-ins' read-only function names and lengths are own
 * properties of functions, which the nodes check on the receiver itself.)
 */
public final class PropertyWrites {
    /** Re-armed each time it is invalidated: "no object got an accessor, read-only property or new prototype since". */
    public static final CyclicAssumption EPOCH = new CyclicAssumption("no new accessors, read-only properties or prototypes");

    private PropertyWrites() {
    }

    /** {@code holder} got an accessor or a read-only property, or stopped being extensible. */
    public static void noteSpecialProperty(JSObject holder) {
        holder.markSpecialProperties();
        EPOCH.invalidate();
    }

    /** Some object's prototype changed: chains checked earlier may have changed too. */
    public static void notePrototypeChange() {
        EPOCH.invalidate();
    }

    /** Whether a new property can be added to objects of this receiver's shape without OrdinarySet's walk. */
    @TruffleBoundary
    public static boolean isChainPlain(JSObject receiver) {
        if ((DynamicObjectLibrary.getUncached().getShapeFlags(receiver) & PropertyFlags.SHAPE_NOT_EXTENSIBLE) != 0) {
            return false;
        }
        for (Object current = receiver.getPrototypeUncached(); current instanceof JSObject object; current = object.getPrototypeUncached()) {
            if (object.hasSpecialProperties()) {
                return false;
            }
        }
        return true;
    }

    /** OrdinarySet of a string-keyed property; a failure throws in strict code and is ignored in sloppy code. */
    @TruffleBoundary
    public static void set(JSObject receiver, Object key, Object value, boolean strict, Node location) {
        DynamicObjectLibrary objects = DynamicObjectLibrary.getUncached();
        for (Object current = receiver; current instanceof JSObject object; current = object.getPrototypeUncached()) {
            Property property = objects.getProperty(object, key);
            if (property == null) {
                continue;
            }
            int flags = property.getFlags();
            if ((flags & PropertyFlags.ACCESSOR) != 0) {
                Accessor accessor = (Accessor) objects.getOrDefault(object, key, null);
                if (!accessor.set(receiver, value) && strict) {
                    throw fail(location, "Cannot set property " + key + " of " + describe(receiver) + " which has only a getter");
                }
                return;
            }
            if ((flags & PropertyFlags.NOT_WRITABLE) != 0) {
                if (strict) {
                    throw fail(location, "Cannot assign to read only property '" + key + "' of object '" + describe(receiver) + "'");
                }
                return;
            }
            if (object == receiver) {
                objects.put(receiver, key, value);
                return;
            }
            break; // a writable inherited data property: the receiver gets its own
        }
        if ((objects.getShapeFlags(receiver) & PropertyFlags.SHAPE_NOT_EXTENSIBLE) != 0) {
            if (strict) {
                throw fail(location, "Cannot add property " + key + ", object is not extensible");
            }
            return;
        }
        objects.put(receiver, key, value);
    }

    /** V8 names the object by its constructor: "#<Temp>", "#<Object>"; arrays as "[object Array]". */
    private static String describe(JSObject object) {
        if (object instanceof JSArrayObject) {
            return "[object Array]";
        }
        if (object.kind() == ObjectKind.FUNCTION) {
            return "#<Function>";
        }
        Object constructor = object.getUncached(Strings.CONSTRUCTOR);
        String name = constructor instanceof JSFunctionObject f && !f.getData().getName().isEmpty() ? f.getData().getName() : "Object";
        return "#<" + name + ">";
    }

    private static JSException fail(Node location, String message) {
        throw ErrorObjects.raise(org.gjs.lang.GjsContext.get(location).getRealm(), ErrorType.TypeError, message, location);
    }
}
