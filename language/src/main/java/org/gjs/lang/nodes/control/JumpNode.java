package org.gjs.lang.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.Undefined;

/** {@code break}, {@code continue} and {@code return}. */
public final class JumpNode extends JSNode {
    public enum Kind {
        BREAK,
        CONTINUE,
        RETURN
    }

    private final Kind kind;
    private final JumpTarget target;
    @Child private JSNode value;

    public JumpNode(Kind kind, JumpTarget target, JSNode value) {
        this.kind = kind;
        this.target = target;
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        switch (kind) {
            case BREAK -> throw new BreakException(target);
            case CONTINUE -> throw new ContinueException(target);
            default -> throw new ReturnException(value == null ? Undefined.INSTANCE : value.execute(frame));
        }
    }
}
