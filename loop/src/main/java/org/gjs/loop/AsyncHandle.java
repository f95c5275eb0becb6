package org.gjs.loop;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * libuv's uv_async_t: the way for another thread to run code on the loop. {@link #send()} may
 * be called from any thread; sends that arrive before the callback runs are coalesced into one
 * call. The handle is active from creation, so while ref'd it keeps the loop alive (waiting for
 * sends); unref it to let the loop end without it.
 */
public final class AsyncHandle extends Handle implements LoopCompletion {
    private final Runnable callback;
    private final AtomicBoolean sent = new AtomicBoolean();

    AsyncHandle(EventLoop loop, Runnable callback) {
        super(loop);
        if (callback == null) {
            throw new NullPointerException("callback");
        }
        this.callback = callback;
        activate();
    }

    /** Thread-safe: wakes the loop, which runs the callback in its poll phase. */
    public void send() {
        if (sent.compareAndSet(false, true)) {
            loop.inbox.post(this);
        }
    }

    @Override
    public void complete() {
        // Clear first, so a send made by or during the callback schedules another call.
        sent.set(false);
        if (isClosing()) {
            return;
        }
        callback.run();
        loop.afterCallback();
    }

    @Override
    void stopForClose() {
    }
}
