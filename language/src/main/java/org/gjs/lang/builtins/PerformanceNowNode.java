package org.gjs.lang.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/** performance.now(): milliseconds since the context started, with sub-millisecond precision, as node's. */
final class PerformanceNowNode extends BuiltinNode {
    private static final long ORIGIN = System.nanoTime();

    @Override
    public Object execute(VirtualFrame frame) {
        return now();
    }

    @TruffleBoundary
    private static double now() {
        return (System.nanoTime() - ORIGIN) / 1e6;
    }
}
