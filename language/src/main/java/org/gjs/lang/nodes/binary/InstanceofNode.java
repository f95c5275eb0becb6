package org.gjs.lang.nodes.binary;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import org.gjs.lang.GjsContext;
import org.gjs.lang.nodes.access.ReadPropertyNode;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.ErrorType;
import org.gjs.lang.runtime.JSException;
import org.gjs.lang.runtime.JSFunctionObject;
import org.gjs.lang.runtime.JSObject;
import org.gjs.lang.runtime.Strings;

/** {@code v instanceof F}: whether F.prototype is on v's prototype chain (Symbol.hasInstance comes with symbols). */
public abstract class InstanceofNode extends BinaryNode {
    @Specialization
    protected static boolean instanceOf(Object value, JSFunctionObject function, @Cached(inline = false) ReadPropertyNode readPrototype, @Bind Node node) {
        if (!(value instanceof JSObject object)) {
            return false;
        }
        Object prototype = readPrototype.execute(function, Strings.PROTOTYPE);
        if (!(prototype instanceof JSObject)) {
            throw notAnObjectPrototype(node, function);
        }
        return onPrototypeChain(object, prototype);
    }

    @Specialization(guards = "!isFunction(function)")
    protected static boolean notCallable(@SuppressWarnings("unused") Object value, Object function, @Bind Node node) {
        throw rightNotCallable(node, function instanceof JSObject);
    }

    protected static boolean isFunction(Object value) {
        return value instanceof JSFunctionObject;
    }

    @TruffleBoundary
    private static boolean onPrototypeChain(JSObject object, Object prototype) {
        Object current = object.getPrototypeUncached();
        while (current instanceof JSObject o) {
            if (o == prototype) {
                return true;
            }
            current = o.getPrototypeUncached();
        }
        return false;
    }

    @TruffleBoundary
    private static JSException rightNotCallable(Node node, boolean isObject) {
        throw ErrorObjects.raise(GjsContext.get(node).getRealm(), ErrorType.TypeError, "Right-hand side of 'instanceof' is not " + (isObject ? "callable" : "an object"), node);
    }

    @TruffleBoundary
    private static JSException notAnObjectPrototype(Node node, JSFunctionObject function) {
        throw ErrorObjects.raise(GjsContext.get(node).getRealm(), ErrorType.TypeError,
                        "Function has non-object prototype '" + function.getUncached(Strings.PROTOTYPE) + "' in instanceof check", node);
    }
}
