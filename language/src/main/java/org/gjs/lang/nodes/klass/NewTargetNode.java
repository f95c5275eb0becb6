package org.gjs.lang.nodes.klass;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.nodes.JSNode;

/** {@code new.target} in a class constructor: the frame slot its root node filled from the {@link ConstructCall}. */
public final class NewTargetNode extends JSNode {
    private final int slot;

    public NewTargetNode(int slot) {
        this.slot = slot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return frame.getObject(slot);
    }
}
