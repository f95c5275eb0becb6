package org.gjs.lang.runtime;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Property;

/**
 * [[Set]] (OrdinarySet) on the slow path: setters and read-only properties on the prototype chain,
 * non-extensible objects. The fast path in the property nodes skips the chain walk for as long as
 * {@link #PLAIN} holds: no accessor, read-only data property or non-extensible object was ever
 * made by JS code (built-ins' read-only function names and lengths are own properties, which the
 * fast path checks itself).
 */
public final class PropertyWrites {
    /** Invalidated the first time an accessor, a read-only property or a non-extensible object is made. */
    public static final Assumption PLAIN = Truffle.getRuntime().createAssumption("no accessors, read-only properties or non-extensible objects");

    private PropertyWrites() {
    }

    public static void noteSpecialProperty() {
        PLAIN.invalidate();
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
