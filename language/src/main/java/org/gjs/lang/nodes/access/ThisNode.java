package org.gjs.lang.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.nodes.JSNode;

/** {@code this}: slot 1 of the nearest non-arrow function, {@code depth} frames up. */
public final class ThisNode extends JSNode {
    public static final int THIS_SLOT = 1;
    private final int depth;

    public ThisNode(int depth) {
        this.depth = depth;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return ScopeWalk.up(frame, depth).getObject(THIS_SLOT);
    }
}
