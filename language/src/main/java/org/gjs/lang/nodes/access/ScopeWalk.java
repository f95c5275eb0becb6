package org.gjs.lang.nodes.access;

import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/**
 * Frames of enclosing functions: slot {@link #PARENT_SLOT} of every function frame holds the
 * materialized frame the function closed over, so depth d is d hops up that chain.
 */
public final class ScopeWalk {
    public static final int PARENT_SLOT = 0;

    private ScopeWalk() {
    }

    @ExplodeLoop
    public static Frame up(Frame frame, int depth) {
        Frame current = frame;
        for (int i = 0; i < depth; i++) {
            current = (Frame) current.getObject(PARENT_SLOT);
        }
        return current;
    }
}
