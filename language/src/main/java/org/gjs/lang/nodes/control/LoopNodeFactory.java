package org.gjs.lang.nodes.control;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.BranchProfile;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.nodes.access.EnvironmentSlot;
import org.gjs.lang.runtime.Undefined;

/**
 * {@code while}, {@code do-while} and {@code for}: one repeating node with an optional test before
 * the body, an optional update after it, and break/continue targets. Truffle's {@link LoopNode}
 * gives on-stack replacement for long-running loops.
 */
public final class LoopNodeFactory {
    private LoopNodeFactory() {
    }

    /**
     * @param perIterationEnvironment the loop's let bindings are captured by closures: each iteration
     *            gets a copy of their environment, as CreatePerIterationEnvironment says
     */
    public static JSNode create(JSNode init, ConditionNode test, JSNode update, JSNode body, boolean testFirst, JumpTarget breakTarget,
                    JumpTarget continueTarget, boolean perIterationEnvironment) {
        return new Loop(init, Truffle.getRuntime().createLoopNode(new Body(test, update, body, testFirst, breakTarget, continueTarget, perIterationEnvironment)));
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
        private final boolean perIterationEnvironment;

        Body(ConditionNode test, JSNode update, JSNode body, boolean testFirst, JumpTarget breakTarget, JumpTarget continueTarget, boolean perIterationEnvironment) {
            this.perIterationEnvironment = perIterationEnvironment;
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
            if (perIterationEnvironment) {
                frame.setObject(EnvironmentSlot.ENV_SLOT, EnvironmentSlot.current(frame).copy());
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
