package org.gjs.lang.nodes.control;

/** The identity of a breakable statement or loop, resolved at translation time from labels and nesting. */
public final class JumpTarget {
    private final String label;

    public JumpTarget(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label == null ? "<unlabelled>" : label;
    }
}
