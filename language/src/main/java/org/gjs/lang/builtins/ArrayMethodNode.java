package org.gjs.lang.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.GjsContext;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.ErrorType;
import org.gjs.lang.runtime.JSArrayObject;
import org.gjs.lang.runtime.JSException;
import org.gjs.lang.runtime.JSFunctionObject;

/** Array.prototype methods that call no JS code. */
final class ArrayMethodNode extends BuiltinNode {
    enum Method implements Builtin.Named {
        PUSH("push", 1),
        POP("pop", 0),
        SHIFT("shift", 0),
        UNSHIFT("unshift", 1),
        SLICE("slice", 2),
        CONCAT("concat", 1),
        JOIN("join", 1),
        TO_STRING("toString", 0),
        INDEX_OF("indexOf", 1),
        LAST_INDEX_OF("lastIndexOf", 1),
        INCLUDES("includes", 1),
        REVERSE("reverse", 0),
        FILL("fill", 1),
        SORT("sort", 1);

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
        return Builtin.of(ArrayMethodNode::new, Method.values());
    }

    private final Method method;

    private ArrayMethodNode(Method method) {
        this.method = method;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (!(thisValue(frame) instanceof JSArrayObject array)) {
            throw notAnArray(method.jsName);
        }
        int from = JSFunctionObject.ARGUMENTS_OFFSET;
        return switch (method) {
            case PUSH -> ArrayMethods.push(array, frame.getArguments(), from);
            case POP -> ArrayMethods.pop(array);
            case SHIFT -> ArrayMethods.shift(array);
            case UNSHIFT -> ArrayMethods.unshift(array, frame.getArguments(), from);
            case SLICE -> ArrayMethods.slice(GjsContext.get(this).getRealm(), array, argument(frame, 0), argument(frame, 1));
            case CONCAT -> ArrayMethods.concat(GjsContext.get(this).getRealm(), array, frame.getArguments(), from);
            case JOIN -> ArrayMethods.join(array, argument(frame, 0));
            case TO_STRING -> ArrayMethods.join(array, org.gjs.lang.runtime.Undefined.INSTANCE);
            case INDEX_OF -> ArrayMethods.indexOf(array, argument(frame, 0), argument(frame, 1));
            case LAST_INDEX_OF -> ArrayMethods.lastIndexOf(array, argument(frame, 0));
            case INCLUDES -> ArrayMethods.includes(array, argument(frame, 0), argument(frame, 1));
            case REVERSE -> ArrayMethods.reverse(array);
            case FILL -> ArrayMethods.fill(array, argument(frame, 0), argument(frame, 1), argument(frame, 2));
            case SORT -> {
                Object comparator = argument(frame, 0);
                if (comparator != org.gjs.lang.runtime.Undefined.INSTANCE && !(comparator instanceof JSFunctionObject)) {
                    throw notAComparator();
                }
                yield ArrayMethods.sort(array, comparator);
            }
        };
    }

    @TruffleBoundary
    private JSException notAComparator() {
        throw ErrorObjects.raise(GjsContext.get(this).getRealm(), ErrorType.TypeError,
                        "The comparison function must be either a function or undefined", this);
    }

    @TruffleBoundary
    private JSException notAnArray(String name) {
        throw ErrorObjects.raise(GjsContext.get(this).getRealm(), ErrorType.TypeError,
                        "Array.prototype." + name + " called on a value that is not an array (array-likes are not supported yet)", this);
    }
}
