package org.gjs.loop;

/**
 * Thrown by {@link EventLoop#run()} when the loop thread is interrupted while the loop waits in
 * its poll phase (for example by an embedder cancelling the context). Without it an interrupted
 * thread would make every poll return at once and the loop would spin. The interrupt status is
 * cleared; the loop is left consistent, and calling run() again carries on.
 */
public final class LoopInterruptedException extends RuntimeException {
    public LoopInterruptedException() {
        super("the event loop thread was interrupted while polling");
    }
}
