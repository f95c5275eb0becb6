package org.gjs.lang.nodes.literal;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import org.gjs.lang.nodes.JSNode;

/** A literal whose value is an immutable object: a string, a boolean, undefined or null. */
public final class ConstantNode extends JSNode {
    private final Object value;

    public ConstantNode(Object value) {
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return value;
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) throws UnexpectedResultException {
        if (value instanceof Boolean b) {
            return b;
        }
        throw new UnexpectedResultException(value);
    }
}
