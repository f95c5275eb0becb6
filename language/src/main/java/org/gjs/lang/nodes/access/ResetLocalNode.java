package org.gjs.lang.nodes.access;

import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.Undefined;

/** Puts a let/const/class binding back into its temporal dead zone when its block is entered. */
public final class ResetLocalNode extends JSNode {
    private final int slot;

    public ResetLocalNode(int slot) {
        this.slot = slot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (frame.getFrameDescriptor().getSlotKind(slot) != FrameSlotKind.Object) {
            com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
            frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Object);
        }
        frame.setObject(slot, null);
        return Undefined.INSTANCE;
    }
}
