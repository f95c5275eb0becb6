package org.gjs.lang.nodes.access;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.nodes.JSNode;

/** Writes a binding in this function's frame, keeping the slot's kind as narrow as the values seen. */
@NodeChild("value")
public abstract class WriteLocalNode extends JSNode {
    protected final int slot;

    protected WriteLocalNode(int slot) {
        this.slot = slot;
    }

    public static WriteLocalNode create(JSNode value, int slot) {
        return WriteLocalNodeGen.create(slot, value);
    }


    @Specialization(guards = "isIntOrIllegal(frame)")
    protected int writeInt(VirtualFrame frame, int value) {
        frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Int);
        frame.setInt(slot, value);
        return value;
    }

    @Specialization(guards = "isDoubleOrIllegal(frame)", replaces = "writeInt")
    protected double writeDouble(VirtualFrame frame, double value) {
        frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Double);
        frame.setDouble(slot, value);
        return value;
    }

    @Specialization(guards = "isBooleanOrIllegal(frame)")
    protected boolean writeBoolean(VirtualFrame frame, boolean value) {
        frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Boolean);
        frame.setBoolean(slot, value);
        return value;
    }

    @Specialization(replaces = {"writeInt", "writeDouble", "writeBoolean"})
    protected Object writeObject(VirtualFrame frame, Object value) {
        frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Object);
        frame.setObject(slot, value);
        return value;
    }

    protected boolean isIntOrIllegal(VirtualFrame frame) {
        FrameSlotKind kind = frame.getFrameDescriptor().getSlotKind(slot);
        return kind == FrameSlotKind.Int || kind == FrameSlotKind.Illegal;
    }

    protected boolean isDoubleOrIllegal(VirtualFrame frame) {
        FrameSlotKind kind = frame.getFrameDescriptor().getSlotKind(slot);
        return kind == FrameSlotKind.Double || kind == FrameSlotKind.Illegal;
    }

    protected boolean isBooleanOrIllegal(VirtualFrame frame) {
        FrameSlotKind kind = frame.getFrameDescriptor().getSlotKind(slot);
        return kind == FrameSlotKind.Boolean || kind == FrameSlotKind.Illegal;
    }
}
