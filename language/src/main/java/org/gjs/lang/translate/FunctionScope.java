package org.gjs.lang.translate;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;

/**
 * The frame of one function (or the program) being translated. Slot 0 holds the current
 * environment, slot 1 the function's {@code this}; the rest are uncaptured bindings and temporaries.
 */
final class FunctionScope {
    static final int THIS_SLOT = org.gjs.lang.nodes.access.EnvironmentSlot.THIS_SLOT;

    final boolean arrow;
    final boolean strict;
    final boolean program;
    final FrameDescriptor.Builder frame = FrameDescriptor.newBuilder();
    private int temporaries;
    /** For a class constructor: its class, and the frame slot of {@code new.target}. */
    ClassContext classContext;
    int newTargetSlot = -1;

    /** The class whose constructor this function is. */
    record ClassContext(org.gjs.lang.nodes.klass.ClassKind kind, org.gjs.lang.parser.Scope classScope, String className, boolean hasInstanceInitializer) {
    }

    /** Makes this the frame of a class constructor. */
    void classConstructor(ClassContext context) {
        this.classContext = context;
        this.newTargetSlot = frame.addSlot(FrameSlotKind.Object, "<new.target>", null);
    }

    boolean derivedConstructor() {
        return classContext != null && classContext.kind() == org.gjs.lang.nodes.klass.ClassKind.DERIVED;
    }

    FunctionScope(boolean arrow, boolean strict, boolean program) {
        this.arrow = arrow;
        this.strict = strict;
        this.program = program;
        frame.addSlot(FrameSlotKind.Object, "<environment>", null);
        frame.addSlot(FrameSlotKind.Object, "<this>", null);
    }

    int addSlot(String name) {
        return frame.addSlot(FrameSlotKind.Illegal, name, null);
    }

    /** A temporary that only ever holds objects (a caught exception). */
    int addObjectTemporary() {
        return frame.addSlot(FrameSlotKind.Object, "<temp" + (temporaries++) + ">", null);
    }

    int addTemporary() {
        return frame.addSlot(FrameSlotKind.Illegal, "<temp" + (temporaries++) + ">", null);
    }
}
