package org.gjs.lang.nodes.control;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** {@code break}: unwinds to the statement whose {@link JumpTarget} it names. */
public final class BreakException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    private final transient JumpTarget target;

    public BreakException(JumpTarget target) {
        this.target = target;
    }

    public JumpTarget target() {
        return target;
    }
}
