package org.gjs.loop;

/**
 * Duration (ms) to its {@link TimerList}: Node's timerListMap. Open addressing on int keys so
 * that scheduling a timer never boxes its duration.
 */
final class TimerListMap {
    private int[] keys = new int[16];
    private TimerList[] values = new TimerList[16];
    private int size;

    TimerList get(int msecs) {
        int mask = keys.length - 1;
        for (int i = slot(msecs, mask); ; i = (i + 1) & mask) {
            TimerList v = values[i];
            if (v == null) {
                return null;
            }
            if (keys[i] == msecs) {
                return v;
            }
        }
    }

    void put(int msecs, TimerList list) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = slot(msecs, mask);
        while (values[i] != null && keys[i] != msecs) {
            i = (i + 1) & mask;
        }
        if (values[i] == null) {
            size++;
        }
        keys[i] = msecs;
        values[i] = list;
    }

    void remove(int msecs) {
        int mask = keys.length - 1;
        int i = slot(msecs, mask);
        while (values[i] != null && keys[i] != msecs) {
            i = (i + 1) & mask;
        }
        if (values[i] == null) {
            return;
        }
        values[i] = null;
        size--;
        // Backward-shift deletion keeps probe chains intact without tombstones.
        int hole = i;
        for (int j = (i + 1) & mask; values[j] != null; j = (j + 1) & mask) {
            int home = slot(keys[j], mask);
            boolean movable = hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
            if (movable) {
                keys[hole] = keys[j];
                values[hole] = values[j];
                values[j] = null;
                hole = j;
            }
        }
    }

    private void grow() {
        int[] oldKeys = keys;
        TimerList[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new TimerList[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != null) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int slot(int key, int mask) {
        return (key * 0x9E3779B9 >>> 16 ^ key * 0x9E3779B9) & mask;
    }

}
