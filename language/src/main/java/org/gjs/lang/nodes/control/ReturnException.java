package org.gjs.lang.nodes.control;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** {@code return}: unwinds to the function body. */
public final class ReturnException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    private final transient Object value;

    public ReturnException(Object value) {
        this.value = value;
    }

    public Object value() {
        return value;
    }
}
