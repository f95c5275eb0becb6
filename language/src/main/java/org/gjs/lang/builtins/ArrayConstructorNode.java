package org.gjs.lang.builtins;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.GjsContext;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.ErrorType;
import org.gjs.lang.runtime.JSArrayObject;
import org.gjs.lang.runtime.JSFunctionObject;

/** Array(n) / new Array(n) makes n holes; Array(a, b, ...) makes [a, b, ...]. Array.isArray. */
final class ArrayConstructorNode extends BuiltinNode {
    private final boolean isArray;

    ArrayConstructorNode(boolean isArray) {
        this.isArray = isArray;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (isArray) {
            return argument(frame, 0) instanceof JSArrayObject;
        }
        JSArrayObject array = JSArrayObject.createEmpty(GjsContext.get(this).getRealm());
        int count = argumentCount(frame);
        if (count == 1 && (argument(frame, 0) instanceof Integer || argument(frame, 0) instanceof Double)) {
            double length = ((Number) argument(frame, 0)).doubleValue();
            if (length < 0 || length != Math.floor(length) || length > Integer.MAX_VALUE) {
                throw ErrorObjects.raise(GjsContext.get(this).getRealm(), ErrorType.RangeError, "Invalid array length", this);
            }
            array.setLength((int) length);
            return array;
        }
        for (int i = 0; i < count; i++) {
            array.set(i, frame.getArguments()[i + JSFunctionObject.ARGUMENTS_OFFSET]);
        }
        return array;
    }
}
