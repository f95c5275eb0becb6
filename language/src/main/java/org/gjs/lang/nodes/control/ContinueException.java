package org.gjs.lang.nodes.control;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** {@code continue}: unwinds to the loop whose {@link JumpTarget} it names. */
public final class ContinueException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    private final transient JumpTarget target;

    public ContinueException(JumpTarget target) {
        this.target = target;
    }

    public JumpTarget target() {
        return target;
    }
}
