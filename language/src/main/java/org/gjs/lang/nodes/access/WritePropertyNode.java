package org.gjs.lang.nodes.access;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Property;
import com.oracle.truffle.api.strings.TruffleString;
import org.gjs.lang.GjsContext;
import org.gjs.lang.runtime.ArrayIndex;
import org.gjs.lang.runtime.Conversions;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.ErrorType;
import org.gjs.lang.runtime.JSArrayObject;
import org.gjs.lang.runtime.JSException;
import org.gjs.lang.runtime.JSObject;
import org.gjs.lang.runtime.Null;
import org.gjs.lang.runtime.PropertyFlags;
import org.gjs.lang.runtime.PropertyWrites;
import org.gjs.lang.runtime.Strings;
import org.gjs.lang.runtime.Undefined;

/**
 * [[Set]] on any value with any key. Setters and non-writable properties are not modelled yet:
 * objects hold plain data properties.
 */
@GenerateInline(false)
public abstract class WritePropertyNode extends Node {
    protected final boolean strict;

    protected WritePropertyNode(boolean strict) {
        this.strict = strict;
    }

    public abstract void execute(Object receiver, Object key, Object value);

    @Specialization(guards = "index >= 0")
    protected static void writeElement(JSArrayObject array, int index, Object value) {
        array.set(index, value);
    }

    @Specialization(guards = "isLength(key, equals)")
    protected static void writeArrayLength(JSArrayObject array, @SuppressWarnings("unused") TruffleString key, Object value,
                    @Cached @SuppressWarnings("unused") TruffleString.EqualNode equals, @Bind Node node) {
        setLength(node, array, value);
    }

    /**
     * An own writable data property is updated in place; a new one is added directly while no JS code
     * has made accessors, read-only properties or non-extensible objects ({@link PropertyWrites#PLAIN}).
     * Everything else takes OrdinarySet's full path.
     */
    @Specialization(limit = "4", assumptions = "epoch")
    protected void writeObject(JSObject object, TruffleString key, Object value, @CachedLibrary("object") DynamicObjectLibrary own,
                    @Cached(value = "getEpoch()", allowUncached = true) Assumption epoch,
                    @Cached(value = "isChainPlain(object)", allowUncached = true) boolean chainPlain) {
        Property property = own.getProperty(object, key);
        if (property != null) {
            if ((property.getFlags() & (PropertyFlags.ACCESSOR | PropertyFlags.NOT_WRITABLE)) == 0) {
                own.put(object, key, value);
                return;
            }
        } else if (chainPlain) {
            own.put(object, key, value);
            return;
        }
        PropertyWrites.set(object, key, value, strict, this);
    }

    protected static Assumption getEpoch() {
        return PropertyWrites.EPOCH.getAssumption();
    }

    protected static boolean isChainPlain(JSObject object) {
        return PropertyWrites.isChainPlain(object);
    }

    @Specialization(guards = "isNullish(receiver)")
    protected static void writeNullish(Object receiver, Object key, @SuppressWarnings("unused") Object value, @Bind Node node) {
        throw cannotSet(node, receiver, key);
    }

    /** Everything the cases above do not cover (any key type, primitives, holes in the fast paths' guards). */
    @Specialization(guards = "!isNullish(receiver)")
    @TruffleBoundary
    protected static void writeGeneric(Object receiver, Object key, Object value, @Bind Node node) {
        if (!(receiver instanceof JSObject object)) {
            return; // sloppy-mode writes to primitives are dropped; strict mode's TypeError comes with property attributes
        }
        TruffleString name = Conversions.toStringUncached(key);
        if (object instanceof JSArrayObject array) {
            int index = ArrayIndex.of(name);
            if (index != ArrayIndex.NOT_AN_INDEX) {
                array.set(index, value);
                return;
            }
            if (name.equalsUncached(Strings.LENGTH, Strings.ENCODING)) {
                setLength(node, array, value);
                return;
            }
        }
        PropertyWrites.set(object, name, value, node instanceof WritePropertyNode w && w.strict, node);
    }

    @TruffleBoundary
    private static void setLength(Node node, JSArrayObject array, Object value) {
        double length = Conversions.toNumber(value);
        if (length < 0 || length != Math.floor(length) || length > Integer.MAX_VALUE) {
            throw ErrorObjects.raise(GjsContext.get(node).getRealm(), ErrorType.RangeError, "Invalid array length", node);
        }
        array.setLength((int) length);
    }

    protected static boolean isLength(TruffleString key, TruffleString.EqualNode equals) {
        return equals.execute(key, Strings.LENGTH, Strings.ENCODING);
    }

    protected static boolean isNullish(Object value) {
        return value == Undefined.INSTANCE || value == Null.INSTANCE;
    }

    @TruffleBoundary
    private static JSException cannotSet(Node node, Object receiver, Object key) {
        String message = "Cannot set properties of " + Conversions.toStringUncached(receiver) + " (setting '" + Conversions.toStringUncached(key) + "')";
        throw ErrorObjects.raise(GjsContext.get(node).getRealm(), ErrorType.TypeError, message, node);
    }
}
