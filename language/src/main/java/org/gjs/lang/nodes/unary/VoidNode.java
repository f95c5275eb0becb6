package org.gjs.lang.nodes.unary;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.Undefined;

/** {@code void x}. */
public final class VoidNode extends JSNode {
    @Child private JSNode operand;

    public VoidNode(JSNode operand) {
        this.operand = operand;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        operand.executeVoid(frame);
        return Undefined.INSTANCE;
    }
}
