package org.gjs.lang.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.Undefined;

/** The cases of a {@code switch}: the first whose test holds (else the default) and every body after it, until a break. */
public final class SwitchNode extends JSNode {
    /** One per case; null for the default clause. */
    @Children private final ConditionNode[] tests;
    @Children private final JSNode[] bodies;
    private final int defaultIndex;
    private final JumpTarget breakTarget;

    public SwitchNode(ConditionNode[] tests, JSNode[] bodies, int defaultIndex, JumpTarget breakTarget) {
        this.tests = tests;
        this.bodies = bodies;
        this.defaultIndex = defaultIndex;
        this.breakTarget = breakTarget;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        int start = defaultIndex;
        for (int i = 0; i < tests.length; i++) {
            if (tests[i] != null && tests[i].executeCondition(frame)) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            return Undefined.INSTANCE;
        }
        try {
            for (int i = 0; i < bodies.length; i++) {
                if (i >= start) {
                    bodies[i].executeVoid(frame);
                }
            }
        } catch (BreakException e) {
            if (e.target() != breakTarget) {
                throw e;
            }
        }
        return Undefined.INSTANCE;
    }
}
