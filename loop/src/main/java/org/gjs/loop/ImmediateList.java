package org.gjs.loop;

/** An intrusive FIFO of {@link Immediate}s; removal from the middle is O(1), for clearImmediate. */
final class ImmediateList {
    Immediate head;
    Immediate tail;

    boolean isEmpty() {
        return head == null;
    }

    void append(Immediate i) {
        i.list = this;
        i.prev = tail;
        i.next = null;
        if (tail == null) {
            head = i;
        } else {
            tail.next = i;
        }
        tail = i;
    }

    Immediate poll() {
        Immediate i = head;
        if (i != null) {
            remove(i);
        }
        return i;
    }

    void remove(Immediate i) {
        if (i.prev == null) {
            head = i.next;
        } else {
            i.prev.next = i.next;
        }
        if (i.next == null) {
            tail = i.prev;
        } else {
            i.next.prev = i.prev;
        }
        i.list = null;
        i.prev = null;
        i.next = null;
    }

}
