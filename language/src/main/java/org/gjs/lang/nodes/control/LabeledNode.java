package org.gjs.lang.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.Undefined;

/** A statement that {@code break} may leave: labelled statements and {@code switch}. */
public final class LabeledNode extends JSNode {
    @Child private JSNode body;
    private final JumpTarget target;

    public LabeledNode(JumpTarget target, JSNode body) {
        this.target = target;
        this.body = body;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        try {
            return body.execute(frame);
        } catch (BreakException e) {
            if (e.target() != target) {
                throw e;
            }
            return Undefined.INSTANCE;
        }
    }
}
