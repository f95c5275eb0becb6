package org.gjs.lang.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import org.gjs.lang.GjsLanguage;
import org.gjs.lang.nodes.function.DispatchNode;
import org.gjs.lang.nodes.function.DispatchNodeGen;
import org.gjs.lang.runtime.FunctionData;
import org.gjs.lang.runtime.JSFunctionObject;
import org.gjs.lang.runtime.JSRealm;
import org.gjs.lang.runtime.PropertyFlags;
import org.gjs.lang.runtime.Strings;

/**
 * Functions made by Function.prototype.bind: one shared call target that reads the target, the
 * bound {@code this} and the bound arguments from hidden properties of the function object.
 * Bound functions cannot be used with {@code new} yet (a TypeError says so).
 */
final class BoundFunctions {
    private static final Object TARGET = new HiddenKey("[[BoundTargetFunction]]");
    private static final Object THIS = new HiddenKey("[[BoundThis]]");
    private static final Object ARGUMENTS = new HiddenKey("[[BoundArguments]]");

    private record HiddenKey(String name) {
    }

    private BoundFunctions() {
    }

    @TruffleBoundary
    static JSFunctionObject create(GjsLanguage language, JSRealm realm, JSFunctionObject target, Object thisArg, Object[] boundArguments) {
        Builtin builtin = new Builtin("bound", 0, CallBoundNode::new);
        FunctionData shared = language.getBuiltins().data(language, "Function.prototype.bind#call", builtin);
        String name = "bound " + target.getData().getName();
        int length = Math.max(0, target.getData().getLength() - boundArguments.length);
        FunctionData data = new FunctionData(name, length, false, shared.getCallTarget());
        JSFunctionObject bound = realm.newFunction(data, null);
        DynamicObjectLibrary objects = DynamicObjectLibrary.getUncached();
        objects.put(bound, TARGET, target);
        objects.put(bound, THIS, thisArg);
        objects.put(bound, ARGUMENTS, boundArguments);
        objects.putWithFlags(bound, Strings.LENGTH, length, PropertyFlags.NOT_ENUMERABLE | PropertyFlags.NOT_WRITABLE);
        objects.putWithFlags(bound, Strings.NAME, Strings.fromJava(name), PropertyFlags.NOT_ENUMERABLE | PropertyFlags.NOT_WRITABLE);
        return bound;
    }

    /** Calls the target with the bound this and the bound arguments before the given ones. */
    static final class CallBoundNode extends BuiltinNode {
        @Child private DispatchNode dispatch = DispatchNodeGen.create("bound function target");
        @Child private DynamicObjectLibrary objects = DynamicObjectLibrary.getFactory().createDispatched(2);

        @Override
        public Object execute(VirtualFrame frame) {
            Object[] arguments = frame.getArguments();
            JSFunctionObject bound = (JSFunctionObject) arguments[JSFunctionObject.CALLEE_INDEX];
            Object target = objects.getOrDefault(bound, TARGET, null);
            Object[] boundArguments = (Object[]) objects.getOrDefault(bound, ARGUMENTS, null);
            int given = arguments.length - JSFunctionObject.ARGUMENTS_OFFSET;
            Object[] callArguments = new Object[JSFunctionObject.ARGUMENTS_OFFSET + boundArguments.length + given];
            callArguments[JSFunctionObject.CALLEE_INDEX] = target;
            callArguments[JSFunctionObject.THIS_INDEX] = objects.getOrDefault(bound, THIS, null);
            System.arraycopy(boundArguments, 0, callArguments, JSFunctionObject.ARGUMENTS_OFFSET, boundArguments.length);
            System.arraycopy(arguments, JSFunctionObject.ARGUMENTS_OFFSET, callArguments, JSFunctionObject.ARGUMENTS_OFFSET + boundArguments.length, given);
            return dispatch.execute(target, callArguments);
        }
    }
}
