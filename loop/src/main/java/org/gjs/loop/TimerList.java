package org.gjs.loop;

/**
 * All scheduled timers with the same duration, in insertion order (Node's TimersList). Because
 * they share a duration, insertion order is also expiry order, so appending is O(1) and only
 * the head needs to be looked at; the lists themselves are ordered by {@link TimerListQueue}.
 */
final class TimerList {
    final int msecs;
    /** When the head is due (or later, after a refresh moved timers back). */
    long expiry;
    /** Tie-breaker between lists with the same expiry: the older list goes first. */
    long id;
    /** Position in the priority queue, -1 when not queued. */
    int heapIndex = -1;
    Timeout head;
    Timeout tail;

    TimerList(int msecs, long expiry, long id) {
        this.msecs = msecs;
        this.expiry = expiry;
        this.id = id;
    }

    boolean isEmpty() {
        return head == null;
    }

    void append(Timeout t) {
        t.list = this;
        t.prev = tail;
        t.next = null;
        if (tail == null) {
            head = t;
        } else {
            tail.next = t;
        }
        tail = t;
    }

    void remove(Timeout t) {
        if (t.prev == null) {
            head = t.next;
        } else {
            t.prev.next = t.next;
        }
        if (t.next == null) {
            tail = t.prev;
        } else {
            t.next.prev = t.prev;
        }
        t.list = null;
        t.prev = null;
        t.next = null;
    }

    /** Orders lists by expiry, then by id. */
    boolean before(TimerList other) {
        return expiry < other.expiry || (expiry == other.expiry && id < other.id);
    }
}
