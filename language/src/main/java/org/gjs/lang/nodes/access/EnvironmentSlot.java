package org.gjs.lang.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.gjs.lang.runtime.Environment;

/**
 * Frame slot 0 of every function holds its current {@link Environment}: the one the closure
 * captured, or one the function or an enclosing block of the running code created for its own
 * captured bindings. Slot 1 holds the function's {@code this}.
 */
public final class EnvironmentSlot {
    public static final int ENV_SLOT = 0;
    public static final int THIS_SLOT = 1;

    private EnvironmentSlot() {
    }

    public static Environment current(VirtualFrame frame) {
        return (Environment) frame.getObject(ENV_SLOT);
    }

    @ExplodeLoop
    public static Environment up(Environment start, int hops) {
        Environment env = start;
        for (int i = 0; i < hops; i++) {
            env = env.parent();
        }
        return env;
    }
}
