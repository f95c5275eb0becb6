package org.gjs.loop;

import java.nio.channels.Selector;
import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one cross-thread entrance of the loop (libuv's async handle + eventfd): any thread may
 * {@link #post}; the loop thread drains in the poll phase. Posting wakes the selector, but at
 * most once per drain, so a burst of completions costs one wake-up system call.
 */
final class CompletionInbox {
    private final ConcurrentLinkedQueue<LoopCompletion> queue = new ConcurrentLinkedQueue<>();
    /** True once someone has asked the selector to wake since the loop last looked. */
    private final AtomicBoolean wakeRequested = new AtomicBoolean();
    private final Selector selector;

    CompletionInbox(Selector selector) {
        this.selector = selector;
    }

    void post(LoopCompletion completion) {
        queue.add(completion);
        wake();
    }

    /** Makes the current or next poll return at once. */
    void wake() {
        if (!wakeRequested.getAndSet(true)) {
            selector.wakeup();
        }
    }

    /**
     * Called by the loop thread just before it may block: re-arms the wake-up and tells whether
     * it must not block. Clearing the flag before looking at the queue means a post that races
     * with us either is seen here or wakes the selector.
     */
    boolean armAndCheckEmpty() {
        wakeRequested.set(false);
        return queue.isEmpty();
    }

    /** Moves everything posted so far into the loop-owned batch. */
    void drainTo(ArrayDeque<LoopCompletion> batch) {
        LoopCompletion c;
        while ((c = queue.poll()) != null) {
            batch.add(c);
        }
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }
}
