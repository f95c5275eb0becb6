package org.gjs.lang.nodes.control;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.BranchProfile;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.Undefined;

/**
 * {@code while}, {@code do-while} and {@code for}: one repeating node with an optional test before
 * the body, an optional update after it, and break/continue targets. Truffle's {@link LoopNode}
 * gives on-stack replacement for long-running loops.
 */
public final class LoopNodeFactory {
    private LoopNodeFactory() {
    }

    public static JSNode create(JSNode init, ConditionNode test, JSNode update, JSNode body, boolean testFirst, JumpTarget breakTarget,
                    JumpTarget continueTarget) {
        return new Loop(init, Truffle.getRuntime().createLoopNode(new Body(test, update, body, testFirst, breakTarget, continueTarget)));
    }

    static final class Loop extends JSNode {
        @Child private JSNode init;
        @Child private LoopNode loop;

        Loop(JSNode init, LoopNode loop) {
            this.init = init;
            this.loop = loop;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            if (init != null) {
                init.executeVoid(frame);
            }
            loop.execute(frame);
            return Undefined.INSTANCE;
        }
    }

    static final class Body extends Node implements RepeatingNode {
        @Child private ConditionNode test;
        @Child private JSNode update;
        @Child private JSNode body;
        private final boolean testFirst;
        private final JumpTarget breakTarget;
        private final JumpTarget continueTarget;
        private final BranchProfile continued = BranchProfile.create();
        private final BranchProfile broke = BranchProfile.create();

        Body(ConditionNode test, JSNode update, JSNode body, boolean testFirst, JumpTarget breakTarget, JumpTarget continueTarget) {
            this.test = test;
            this.update = update;
            this.body = body;
            this.testFirst = testFirst;
            this.breakTarget = breakTarget;
            this.continueTarget = continueTarget;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            if (testFirst && test != null && !test.executeCondition(frame)) {
                return false;
            }
            try {
                body.executeVoid(frame);
            } catch (ContinueException e) {
                if (e.target() != continueTarget) {
                    throw e;
                }
                continued.enter();
            } catch (BreakException e) {
                if (e.target() != breakTarget) {
                    throw e;
                }
                broke.enter();
                return false;
            }
            if (update != null) {
                update.executeVoid(frame);
            }
            if (!testFirst && test != null) {
                return test.executeCondition(frame);
            }
            return true;
        }
    }
}
