package org.gjs.lang.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.GjsContext;
import org.gjs.lang.GjsLanguage;
import org.gjs.lang.nodes.function.DispatchNode;
import org.gjs.lang.nodes.function.DispatchNodeGen;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.ErrorType;
import org.gjs.lang.runtime.JSArrayObject;
import org.gjs.lang.runtime.JSException;
import org.gjs.lang.runtime.JSFunctionObject;
import org.gjs.lang.runtime.Null;
import org.gjs.lang.runtime.Strings;
import org.gjs.lang.runtime.Undefined;

/** Function.prototype.call, apply, bind and toString. */
final class FunctionPrototypeNode extends BuiltinNode {
    enum Method implements Builtin.Named {
        CALL("call", 1),
        APPLY("apply", 2),
        BIND("bind", 1),
        TO_STRING("toString", 0);

        final String jsName;
        final int length;

        Method(String jsName, int length) {
            this.jsName = jsName;
            this.length = length;
        }

        @Override
        public String jsName() {
            return jsName;
        }

        @Override
        public int length() {
            return length;
        }
    }

    static Builtin[] all() {
        return Builtin.of(FunctionPrototypeNode::new, Method.values());
    }

    private final Method method;
    @Child private DispatchNode dispatch = DispatchNodeGen.create("this");

    private FunctionPrototypeNode(Method method) {
        this.method = method;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object self = thisValue(frame);
        if (!(self instanceof JSFunctionObject function)) {
            throw typeError("Function.prototype." + method.jsName + " called on a value that is not a function");
        }
        Object[] arguments = frame.getArguments();
        return switch (method) {
            case CALL -> {
                int count = Math.max(0, arguments.length - JSFunctionObject.ARGUMENTS_OFFSET - 1);
                Object[] callArguments = new Object[JSFunctionObject.ARGUMENTS_OFFSET + count];
                callArguments[JSFunctionObject.CALLEE_INDEX] = function;
                callArguments[JSFunctionObject.THIS_INDEX] = argument(frame, 0);
                if (count > 0) { // with no extra arguments the source position may lie past the end
                    System.arraycopy(arguments, JSFunctionObject.ARGUMENTS_OFFSET + 1, callArguments, JSFunctionObject.ARGUMENTS_OFFSET, count);
                }
                yield dispatch.execute(function, callArguments);
            }
            case APPLY -> dispatch.execute(function, applyArguments(function, argument(frame, 0), argument(frame, 1)));
            case BIND -> bind(function, arguments);
            case TO_STRING -> source(function);
        };
    }

    @TruffleBoundary
    private Object[] applyArguments(JSFunctionObject function, Object thisArg, Object list) {
        Object[] values;
        if (list == Undefined.INSTANCE || list == Null.INSTANCE) {
            values = new Object[0];
        } else if (list instanceof JSArrayObject array) {
            values = new Object[array.length()];
            for (int i = 0; i < values.length; i++) {
                Object value = array.get(i);
                values[i] = value == null ? Undefined.INSTANCE : value;
            }
        } else {
            throw typeError("CreateListFromArrayLike called on non-object");
        }
        Object[] callArguments = new Object[JSFunctionObject.ARGUMENTS_OFFSET + values.length];
        callArguments[JSFunctionObject.CALLEE_INDEX] = function;
        callArguments[JSFunctionObject.THIS_INDEX] = thisArg;
        System.arraycopy(values, 0, callArguments, JSFunctionObject.ARGUMENTS_OFFSET, values.length);
        return callArguments;
    }

    @TruffleBoundary
    private Object bind(JSFunctionObject target, Object[] arguments) {
        int count = Math.max(0, arguments.length - JSFunctionObject.ARGUMENTS_OFFSET - 1);
        Object[] bound = new Object[count];
        if (count > 0) { // with no extra arguments the source position may lie past the end
            System.arraycopy(arguments, JSFunctionObject.ARGUMENTS_OFFSET + 1, bound, 0, count);
        }
        Object thisArg = arguments.length > JSFunctionObject.ARGUMENTS_OFFSET ? arguments[JSFunctionObject.ARGUMENTS_OFFSET] : Undefined.INSTANCE;
        return BoundFunctions.create(GjsLanguage.get(this), GjsContext.get(this).getRealm(), target, thisArg, bound);
    }

    /** V8 prints a function's source text; gjs keeps it for functions it parsed and shows built-ins as native code. */
    @TruffleBoundary
    private static Object source(JSFunctionObject function) {
        var root = function.getData().getCallTarget() instanceof com.oracle.truffle.api.RootCallTarget target ? target.getRootNode() : null;
        var section = root == null ? null : root.getSourceSection();
        if (section != null && section.isAvailable()) {
            return Strings.fromJava(section.getCharacters().toString());
        }
        return Strings.fromJava("function " + function.getData().getName() + "() { [native code] }");
    }

    @TruffleBoundary
    private JSException typeError(String message) {
        throw ErrorObjects.raise(GjsContext.get(this).getRealm(), ErrorType.TypeError, message, this);
    }
}
