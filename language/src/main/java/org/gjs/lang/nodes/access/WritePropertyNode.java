package org.gjs.lang.nodes.access;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import org.gjs.lang.GjsContext;
import org.gjs.lang.runtime.Conversions;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.ErrorType;
import org.gjs.lang.runtime.JSException;
import org.gjs.lang.runtime.JSObject;
import org.gjs.lang.runtime.Null;
import org.gjs.lang.runtime.Undefined;

/** [[Set]] of a property key on any value. Setters and non-writable properties are not modelled yet: objects hold plain data properties. */
@GenerateInline(false)
public abstract class WritePropertyNode extends Node {
    public abstract void execute(Object receiver, Object key, Object value);

    @Specialization(limit = "4")
    protected static void writeObject(JSObject object, Object key, Object value, @CachedLibrary("object") DynamicObjectLibrary own) {
        own.put(object, key, value);
    }

    @Specialization(guards = "isNullish(receiver)")
    protected static void writeNullish(Object receiver, Object key, @SuppressWarnings("unused") Object value, @Bind Node node) {
        throw cannotSet(node, receiver, key);
    }

    @Fallback
    protected static void writePrimitive(@SuppressWarnings("unused") Object receiver, @SuppressWarnings("unused") Object key, @SuppressWarnings("unused") Object value) {
        // Sloppy-mode writes to primitives are dropped; strict mode's TypeError comes with property attributes.
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
