package org.gjs.lang.nodes.access;

import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.nodes.JSNode;

/** Writes a binding of an enclosing function. The slot turns generic: its owner may have compiled typed reads of it. */
public final class WriteScopedNode extends JSNode {
    private final int depth;
    private final int slot;
    @Child private JSNode value;

    public WriteScopedNode(int depth, int slot, JSNode value) {
        this.depth = depth;
        this.slot = slot;
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object result = value.execute(frame);
        Frame scope = ScopeWalk.up(frame, depth);
        if (scope.getFrameDescriptor().getSlotKind(slot) != FrameSlotKind.Object) {
            com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
            scope.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Object);
        }
        scope.setObject(slot, result);
        return result;
    }
}
