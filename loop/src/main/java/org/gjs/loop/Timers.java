package org.gjs.loop;

/**
 * Node's timer machinery (lib/internal/timers.js) for one loop: timers of equal duration share
 * a {@link TimerList}; the lists sit in a {@link TimerListQueue} by expiry; the loop only ever
 * looks at the earliest list, as Node arms only one libuv timer. {@link #refCount} is Node's
 * refCount: the number of scheduled, ref'd timers, which decides whether timers keep the loop
 * alive.
 */
final class Timers {
    /** Node's TIMEOUT_MAX: 2^31 - 1 ms. */
    static final double TIMEOUT_MAX = 2147483647.0;

    private final EventLoop loop;
    private final TimerListQueue queue = new TimerListQueue();
    private final TimerListMap lists = new TimerListMap();
    private long nextListId;
    int refCount;

    Timers(EventLoop loop) {
        this.loop = loop;
    }

    /** Node's coercion: delay*1; anything not in [1, 2^31-1] (NaN included) becomes 1; then truncated. */
    static int coerceDelay(double delayMs) {
        double d = delayMs * 1;
        if (!(d >= 1 && d <= TIMEOUT_MAX)) {
            d = 1;
        }
        return (int) d;
    }

    Timeout schedule(Runnable callback, double delayMs, boolean repeat) {
        if (callback == null) {
            throw new NullPointerException("callback");
        }
        int ms = coerceDelay(delayMs);
        Timeout t = new Timeout(this, callback, ms, repeat ? ms : 0);
        refCount++;
        // Like Node's getLibuvNow(): scheduling refreshes the loop's clock, so time spent in
        // the current callback does not shorten the delay.
        insert(t, ms, loop.updateTime());
        return t;
    }

    private void insert(Timeout t, int msecs, long start) {
        t.idleStart = start;
        TimerList list = lists.get(msecs);
        if (list == null) {
            list = new TimerList(msecs, start + msecs, nextListId++);
            lists.put(msecs, list);
            queue.insert(list);
        }
        if (t.list != null) {
            t.list.remove(t);
        }
        list.append(t);
    }

    void setRef(Timeout t, boolean ref) {
        if (t.refed != ref) {
            t.refed = ref;
            if (!t.destroyed) {
                refCount += ref ? 1 : -1;
            }
        }
    }

    void refresh(Timeout t) {
        if (t.duration < 0) {
            return; // cleared: Node's insertGuarded ignores _idleTimeout == -1
        }
        insert(t, t.duration, loop.updateTime());
        if (t.destroyed) {
            t.destroyed = false;
            if (t.refed) {
                refCount++;
            }
        }
    }

    void clear(Timeout t) {
        t.callback = null;
        if (!t.destroyed) {
            t.destroyed = true;
            if (t.refed) {
                refCount--;
            }
            TimerList list = t.list;
            if (list != null) {
                list.remove(t);
                if (list.isEmpty() && lists.get(list.msecs) == list) {
                    queue.remove(list);
                    lists.remove(list.msecs);
                }
            }
        }
        t.duration = -1;
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }

    /** Whether ref'd timers keep the loop alive (Node's single timer handle being ref'd). */
    boolean keepsLoopAlive() {
        return refCount > 0;
    }

    /** ms until the earliest list is due, 0 if overdue, -1 if no timer is scheduled. */
    long nextTimeout(long now) {
        TimerList first = queue.peek();
        if (first == null) {
            return -1;
        }
        long diff = first.expiry - now;
        return diff <= 0 ? 0 : Math.min(diff, Integer.MAX_VALUE);
    }

    /**
     * The timers phase (Node's processTimers): runs every timer due at {@code now}, earliest
     * list first. Re-entrant after a callback threw: state is updated before each callback, so
     * calling this again with the same {@code now} continues with the next due timer, which is
     * what Node does after an uncaught exception.
     */
    void runDue(long now) {
        TimerList list;
        while ((list = queue.peek()) != null && list.expiry <= now) {
            runList(list, now);
        }
    }

    /** Node's listOnTimeout. */
    private void runList(TimerList list, long now) {
        int msecs = list.msecs;
        Timeout timer;
        while ((timer = list.head) != null) {
            if (now - timer.idleStart < msecs) {
                // The rest of this list was scheduled later (or refreshed): it waits a turn
                // at least, which is also why a timer added by a callback never runs in the
                // pass that added it.
                list.expiry = Math.max(timer.idleStart + msecs, now + 1);
                list.id = nextListId++;
                queue.expiryIncreased(list);
                return;
            }
            list.remove(timer);
            long start = timer.repeat != 0 ? loop.updateTime() : 0;
            Runnable callback = timer.callback;
            try {
                if (callback != null) {
                    callback.run();
                }
            } finally {
                afterFire(timer, start);
            }
            loop.afterCallback();
        }
        if (lists.get(msecs) == list) {
            lists.remove(msecs);
            queue.remove(list);
        }
    }

    /** Reschedules an interval from its start time, or retires a one-shot timer. */
    private void afterFire(Timeout timer, long start) {
        if (timer.repeat != 0 && timer.duration != -1) {
            insert(timer, timer.repeat, start);
        } else if (timer.list == null && !timer.destroyed) {
            // Not refreshed from its own callback: it is done.
            timer.destroyed = true;
            if (timer.refed) {
                refCount--;
            }
        }
    }
}
