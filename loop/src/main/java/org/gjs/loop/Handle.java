package org.gjs.loop;

/**
 * A long-lived loop object in libuv's sense (server, socket, async, signal). An active, ref'd
 * handle keeps the loop alive; {@link #unref()} keeps it working without keeping the loop
 * alive. {@link #close} is asynchronous: the handle stops at once, and its close callback runs
 * in the close phase of the current or next iteration; until then it still keeps the loop
 * alive, as libuv's closing handles do.
 *
 * <p>Handles belong to their loop's thread: create and use them there (only the methods that
 * say so may be called from other threads).
 */
public abstract class Handle {
    final EventLoop loop;
    private boolean active;
    private boolean refed = true;
    private boolean closing;
    private boolean closed;
    private Runnable closeCallback;
    /** Link in the loop's LIFO list of closing handles (libuv's next_closing). */
    Handle nextClosing;

    Handle(EventLoop loop) {
        this.loop = loop;
    }

    public Handle ref() {
        if (!refed) {
            refed = true;
            if (active) {
                loop.activeHandles++;
            }
        }
        return this;
    }

    public Handle unref() {
        if (refed) {
            refed = false;
            if (active) {
                loop.activeHandles--;
            }
        }
        return this;
    }

    public boolean hasRef() {
        return refed;
    }

    /** Whether the handle is doing something that can produce a callback (listening, reading, started). */
    public boolean isActive() {
        return active;
    }

    /** Whether {@link #close} was called (the close callback may not have run yet). */
    public boolean isClosing() {
        return closing;
    }

    /** Whether the close callback has been reached. */
    public boolean isClosed() {
        return closed;
    }

    public EventLoop loop() {
        return loop;
    }

    /** Closes with no callback. */
    public final void close() {
        close(null);
    }

    /**
     * Stops the handle now and calls {@code onClose} (may be null) in the close phase. Pending
     * requests of the handle (writes, connect, shutdown) get their callbacks first, with a
     * cancellation error, as in libuv. Closing twice is a bug and throws.
     */
    public final void close(Runnable onClose) {
        if (closing) {
            throw new IllegalStateException("handle is already closing");
        }
        closing = true;
        closeCallback = onClose;
        stopForClose();
        deactivate();
        loop.makeClosePending(this);
    }

    final void activate() {
        if (!active) {
            active = true;
            if (refed) {
                loop.activeHandles++;
            }
        }
    }

    final void deactivate() {
        if (active) {
            active = false;
            if (refed) {
                loop.activeHandles--;
            }
        }
    }

    /** Called by the loop in the close phase. */
    final void finishClose() {
        closed = true;
        releaseAfterClose();
        Runnable cb = closeCallback;
        closeCallback = null;
        if (cb != null) {
            cb.run();
            loop.afterCallback();
        }
    }

    /** Stops I/O and releases OS resources; runs synchronously inside {@link #close}. */
    abstract void stopForClose();

    /** Runs in the close phase before the close callback: fail pending requests. */
    void releaseAfterClose() {
    }
}
