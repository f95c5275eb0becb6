package org.gjs.lang.translate;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;

/**
 * One function (or the program) being translated: its frame layout. Slot 0 holds the scope the
 * closure captured, slot 1 the function's {@code this}; arrows have no {@code this} of their own.
 */
final class FunctionScope {
    static final int THIS_SLOT = 1;

    final FunctionScope outer;
    final boolean arrow;
    final boolean strict;
    final boolean program;
    final FrameDescriptor.Builder frame = FrameDescriptor.newBuilder();
    private int temporaries;

    FunctionScope(FunctionScope outer, boolean arrow, boolean strict, boolean program) {
        this.outer = outer;
        this.arrow = arrow;
        this.strict = strict;
        this.program = program;
        frame.addSlot(FrameSlotKind.Object, "<scope>", null);
        frame.addSlot(FrameSlotKind.Object, "<this>", null);
    }

    int addSlot(String name) {
        return frame.addSlot(FrameSlotKind.Illegal, name, null);
    }

    int addTemporary() {
        return frame.addSlot(FrameSlotKind.Illegal, "<temp" + (temporaries++) + ">", null);
    }
}
