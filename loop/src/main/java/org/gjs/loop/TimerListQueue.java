package org.gjs.loop;

import java.util.Arrays;

/**
 * Binary min-heap of {@link TimerList}s by (expiry, id), with each list knowing its index so
 * it can be removed or re-positioned in O(log n) (Node's PriorityQueue in timers.js).
 */
final class TimerListQueue {
    private TimerList[] heap = new TimerList[16];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    TimerList peek() {
        return size == 0 ? null : heap[0];
    }

    void insert(TimerList list) {
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        heap[size] = list;
        list.heapIndex = size;
        size++;
        percolateUp(size - 1);
    }

    void remove(TimerList list) {
        int i = list.heapIndex;
        if (i < 0) {
            return;
        }
        size--;
        TimerList last = heap[size];
        heap[size] = null;
        list.heapIndex = -1;
        if (i != size) {
            heap[i] = last;
            last.heapIndex = i;
            percolateDown(i);
            percolateUp(last.heapIndex);
        }
    }

    /** Re-positions a list whose expiry grew. */
    void expiryIncreased(TimerList list) {
        percolateDown(list.heapIndex);
    }

    private void percolateUp(int i) {
        TimerList item = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            TimerList p = heap[parent];
            if (!item.before(p)) {
                break;
            }
            heap[i] = p;
            p.heapIndex = i;
            i = parent;
        }
        heap[i] = item;
        item.heapIndex = i;
    }

    private void percolateDown(int i) {
        TimerList item = heap[i];
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < size && heap[right].before(heap[child])) {
                child = right;
            }
            if (!heap[child].before(item)) {
                break;
            }
            heap[i] = heap[child];
            heap[i].heapIndex = i;
            i = child;
        }
        heap[i] = item;
        item.heapIndex = i;
    }
}
