package org.gjs.lang.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.JSException;

/** {@code try/catch/finally}. The finally block also runs when break, continue or return leave the try. */
public final class TryNode extends JSNode {
    @Child private JSNode block;
    /** The frame slot the caught value goes to, for the handler to bind to its parameter. */
    private final int caughtSlot;
    @Child private JSNode handler;
    @Child private JSNode finalizer;

    public TryNode(JSNode block, int caughtSlot, JSNode handler, JSNode finalizer) {
        this.block = block;
        this.caughtSlot = caughtSlot;
        this.handler = handler;
        this.finalizer = finalizer;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (finalizer == null) {
            return executeTryCatch(frame);
        }
        Object result;
        try {
            result = executeTryCatch(frame);
        } catch (JSException | ControlFlowException e) {
            finalizer.executeVoid(frame);
            throw e;
        }
        finalizer.executeVoid(frame);
        return result;
    }

    private Object executeTryCatch(VirtualFrame frame) {
        if (handler == null) {
            return block.execute(frame);
        }
        try {
            return block.execute(frame);
        } catch (JSException e) {
            frame.setObject(caughtSlot, e.getValue());
            return handler.execute(frame);
        }
    }
}
