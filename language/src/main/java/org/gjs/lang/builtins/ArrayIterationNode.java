package org.gjs.lang.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.GjsContext;
import org.gjs.lang.nodes.function.DispatchNode;
import org.gjs.lang.nodes.function.DispatchNodeGen;
import org.gjs.lang.runtime.Conversions;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.ErrorType;
import org.gjs.lang.runtime.Inspect;
import org.gjs.lang.runtime.JSArrayObject;
import org.gjs.lang.runtime.JSException;
import org.gjs.lang.runtime.JSFunctionObject;
import org.gjs.lang.runtime.JSRealm;
import org.gjs.lang.runtime.Undefined;

/**
 * Array.prototype methods that call a function per element: (value, index, array), skipping holes
 * where the spec does (forEach, map, filter, some, every, reduce) and not where it reads every index
 * (find, findIndex). The callback call site is cached like any other call.
 */
final class ArrayIterationNode extends BuiltinNode {
    enum Method {
        FOR_EACH("forEach"),
        MAP("map"),
        FILTER("filter"),
        SOME("some"),
        EVERY("every"),
        FIND("find"),
        FIND_INDEX("findIndex"),
        REDUCE("reduce");

        final String jsName;

        Method(String jsName) {
            this.jsName = jsName;
        }
    }

    static Builtin[] all() {
        Method[] methods = Method.values();
        Builtin[] builtins = new Builtin[methods.length];
        for (int i = 0; i < methods.length; i++) {
            Method method = methods[i];
            builtins[i] = new Builtin(method.jsName, 1, () -> new ArrayIterationNode(method));
        }
        return builtins;
    }

    private final Method method;
    @Child private DispatchNode callback = DispatchNodeGen.create("callback");

    private ArrayIterationNode(Method method) {
        this.method = method;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (!(thisValue(frame) instanceof JSArrayObject array)) {
            throw typeError("Array.prototype." + method.jsName + " called on a value that is not an array (array-likes are not supported yet)");
        }
        Object function = argument(frame, 0);
        if (!(function instanceof JSFunctionObject)) {
            throw typeError(Inspect.inspect(function, 0) + " is not a function");
        }
        Object thisArg = argument(frame, 1);
        JSRealm realm = GjsContext.get(this).getRealm();
        if (method == Method.REDUCE) {
            return reduce(array, function, frame);
        }
        JSArrayObject result = method == Method.MAP || method == Method.FILTER ? JSArrayObject.createEmpty(realm) : null;
        int length = array.length();
        for (int i = 0; i < Math.min(length, array.length()); i++) {
            Object value = array.get(i);
            boolean findLike = method == Method.FIND || method == Method.FIND_INDEX;
            if (value == null) {
                if (!findLike) {
                    if (method == Method.MAP) {
                        result.setLength(i + 1);
                    }
                    continue;
                }
                value = Undefined.INSTANCE;
            }
            Object returned = callback.execute(function, new Object[]{function, thisArg, value, i, array});
            switch (method) {
                case MAP -> result.set(i, returned);
                case FILTER -> {
                    if (Conversions.toBoolean(returned)) {
                        result.set(result.length(), value);
                    }
                }
                case SOME -> {
                    if (Conversions.toBoolean(returned)) {
                        return true;
                    }
                }
                case EVERY -> {
                    if (!Conversions.toBoolean(returned)) {
                        return false;
                    }
                }
                case FIND -> {
                    if (Conversions.toBoolean(returned)) {
                        return value;
                    }
                }
                case FIND_INDEX -> {
                    if (Conversions.toBoolean(returned)) {
                        return i;
                    }
                }
                default -> {
                }
            }
        }
        return switch (method) {
            case MAP, FILTER -> result;
            case SOME -> false;
            case EVERY -> true;
            case FIND_INDEX -> -1;
            default -> Undefined.INSTANCE;
        };
    }

    private Object reduce(JSArrayObject array, Object function, VirtualFrame frame) {
        int i = 0;
        int length = array.length();
        Object accumulator;
        if (JSFunctionObject.ARGUMENTS_OFFSET + 1 < frame.getArguments().length) {
            accumulator = argument(frame, 1);
        } else {
            while (i < length && array.get(i) == null) {
                i++;
            }
            if (i >= length) {
                throw typeError("Reduce of empty array with no initial value");
            }
            accumulator = array.get(i++);
        }
        for (; i < Math.min(length, array.length()); i++) {
            Object value = array.get(i);
            if (value != null) {
                accumulator = callback.execute(function, new Object[]{function, Undefined.INSTANCE, accumulator, value, i, array});
            }
        }
        return accumulator;
    }

    @TruffleBoundary
    private JSException typeError(String message) {
        throw ErrorObjects.raise(GjsContext.get(this).getRealm(), ErrorType.TypeError, message, this);
    }
}
