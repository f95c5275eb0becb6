package org.gjs.lang.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.gjs.lang.nodes.JSNode;

/** {@code a, b, c}: every operand in order, the value of the last. */
public final class SequenceNode extends JSNode {
    @Children private final JSNode[] expressions;

    public SequenceNode(JSNode[] expressions) {
        this.expressions = expressions;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        int last = expressions.length - 1;
        for (int i = 0; i < last; i++) {
            expressions[i].executeVoid(frame);
        }
        return expressions[last].execute(frame);
    }
}
