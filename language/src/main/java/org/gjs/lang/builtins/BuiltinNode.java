package org.gjs.lang.builtins;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.JSFunctionObject;
import org.gjs.lang.runtime.Undefined;

/** The body of a built-in function: reads its receiver and arguments straight from the frame. */
public abstract class BuiltinNode extends JSNode {
    protected static Object argument(VirtualFrame frame, int index) {
        Object[] arguments = frame.getArguments();
        int at = index + JSFunctionObject.ARGUMENTS_OFFSET;
        return at < arguments.length ? arguments[at] : Undefined.INSTANCE;
    }

    protected static int argumentCount(VirtualFrame frame) {
        return frame.getArguments().length - JSFunctionObject.ARGUMENTS_OFFSET;
    }

    protected static Object thisValue(VirtualFrame frame) {
        return frame.getArguments()[JSFunctionObject.THIS_INDEX];
    }
}
