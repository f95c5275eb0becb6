package org.gjs.loop;

/**
 * A timer created by {@link EventLoop#setTimeout} or {@link EventLoop#setInterval}, the Java
 * side of Node's {@code Timeout} object. It is not a libuv handle of its own: like Node, all
 * timers of a loop share one armed deadline, and a timer only counts toward liveness while it
 * is scheduled and ref'd.
 */
public final class Timeout {
    final Timers timers;
    Runnable callback;
    /** The coerced delay in ms; -1 once cleared, so that refresh() cannot revive it (Node's _idleTimeout). */
    int duration;
    /** The interval in ms, or 0 for a one-shot timer. */
    final int repeat;
    /** When the current countdown started, in loop ms (Node's _idleStart). */
    long idleStart;
    boolean refed = true;
    /** Not scheduled and not running: fired (one-shot) or cleared. Only scheduled timers count in the ref count. */
    boolean destroyed;

    // Intrusive links of the per-duration list; list == null when not linked.
    TimerList list;
    Timeout prev;
    Timeout next;

    Timeout(Timers timers, Runnable callback, int duration, int repeat) {
        this.timers = timers;
        this.callback = callback;
        this.duration = duration;
        this.repeat = repeat;
    }

    /** Makes this timer keep the loop alive again (the default). Returns this, for chaining. */
    public Timeout ref() {
        timers.setRef(this, true);
        return this;
    }

    /** Lets the loop end even though this timer is pending; it still fires if the loop is alive for other reasons. */
    public Timeout unref() {
        timers.setRef(this, false);
        return this;
    }

    public boolean hasRef() {
        return refed;
    }

    /**
     * Restarts the countdown from the loop's current time with the same delay, keeping the ref
     * state; revives a one-shot timer that already fired, but not one that was cleared.
     */
    public Timeout refresh() {
        timers.refresh(this);
        return this;
    }

    /** clearTimeout / clearInterval: the callback will not run again. Idempotent. */
    public void close() {
        timers.clear(this);
    }

    /** The delay in ms after Node's coercion, as used for scheduling. */
    public int delayMs() {
        return repeat != 0 ? repeat : Math.max(duration, 0);
    }

    /** Whether the timer is scheduled to fire (Node: not destroyed). */
    public boolean isPending() {
        return !destroyed;
    }
}
