package org.gjs.lang.nodes.access;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;
import org.gjs.lang.GjsContext;
import org.gjs.lang.runtime.Conversions;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.ErrorType;
import org.gjs.lang.runtime.JSException;
import org.gjs.lang.runtime.JSObject;
import org.gjs.lang.runtime.Null;
import org.gjs.lang.runtime.Strings;
import org.gjs.lang.runtime.Undefined;

/**
 * [[Get]] of a property key (a TruffleString) on any value: shape-cached own lookup, then one
 * shape-cached prototype level, then a walk up the chain.
 */
@GenerateInline(false)
public abstract class ReadPropertyNode extends Node {
    public abstract Object execute(Object receiver, Object key);

    @Specialization(limit = "4")
    protected static Object readObject(JSObject object, Object key,
                    @CachedLibrary("object") DynamicObjectLibrary own,
                    @CachedLibrary(limit = "2") DynamicObjectLibrary prototypeLibrary) {
        Object value = own.getOrDefault(object, key, null);
        if (value != null) {
            return value;
        }
        Object prototype = own.getOrDefault(object, JSObject.PROTOTYPE_KEY, Null.INSTANCE);
        if (prototype instanceof JSObject proto) {
            value = prototypeLibrary.getOrDefault(proto, key, null);
            if (value != null) {
                return value;
            }
            return proto.getUncached(key);
        }
        return Undefined.INSTANCE;
    }

    @Specialization
    protected static Object readString(TruffleString string, Object key,
                    @Cached TruffleString.EqualNode equals) {
        if (key instanceof TruffleString name && equals.execute(name, Strings.LENGTH, Strings.ENCODING)) {
            return string.byteLength(Strings.ENCODING) / 2;
        }
        return Undefined.INSTANCE;
    }

    @Specialization(guards = "isNullish(receiver)")
    protected static Object readNullish(Object receiver, Object key, @Bind Node node) {
        throw cannotRead(node, receiver, key);
    }

    @Fallback
    protected static Object readPrimitive(@SuppressWarnings("unused") Object receiver, @SuppressWarnings("unused") Object key) {
        // Numbers, booleans and foreign values have no prototypes here yet.
        return Undefined.INSTANCE;
    }

    protected static boolean isNullish(Object value) {
        return value == Undefined.INSTANCE || value == Null.INSTANCE;
    }

    @TruffleBoundary
    private static JSException cannotRead(Node node, Object receiver, Object key) {
        String message = "Cannot read properties of " + Conversions.toStringUncached(receiver) + " (reading '" + Conversions.toStringUncached(key) + "')";
        throw ErrorObjects.raise(GjsContext.get(node).getRealm(), ErrorType.TypeError, message, node);
    }
}
