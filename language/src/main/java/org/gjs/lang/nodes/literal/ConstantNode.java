package org.gjs.lang.nodes.literal;

import com.oracle.truffle.api.frame.VirtualFrame;
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
    public boolean executeBoolean(VirtualFrame frame) throws com.oracle.truffle.api.nodes.UnexpectedResultException {
        if (value instanceof Boolean b) {
            return b;
        }
        throw new com.oracle.truffle.api.nodes.UnexpectedResultException(value);
    }
}
