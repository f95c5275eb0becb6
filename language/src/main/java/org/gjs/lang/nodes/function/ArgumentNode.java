package org.gjs.lang.nodes.function;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.JSFunctionObject;
import org.gjs.lang.runtime.Undefined;

/** The value of the index-th argument, undefined when the caller passed fewer. */
public final class ArgumentNode extends JSNode {
    private final int index;

    public ArgumentNode(int index) {
        this.index = index;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] arguments = frame.getArguments();
        int at = index + JSFunctionObject.ARGUMENTS_OFFSET;
        return at < arguments.length ? arguments[at] : Undefined.INSTANCE;
    }
}
