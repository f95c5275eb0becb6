package org.gjs.lang.runtime;

import com.oracle.truffle.api.strings.TruffleString;

/** Array indices as ECMAScript defines them: canonical numeric strings of integers 0 .. 2^32-2 (here limited to int). */
public final class ArrayIndex {
    public static final int NOT_AN_INDEX = -1;

    private ArrayIndex() {
    }

    /** The index a property key denotes, or {@link #NOT_AN_INDEX}. */
    public static int of(Object key) {
        if (key instanceof Integer i) {
            return i >= 0 ? i : NOT_AN_INDEX;
        }
        if (key instanceof Double d) {
            return d >= 0 && d == Math.floor(d) && d <= Integer.MAX_VALUE && !(d == 0 && 1 / d < 0) ? (int) (double) d : NOT_AN_INDEX;
        }
        if (key instanceof TruffleString s) {
            return parse(Strings.toJava(s));
        }
        return NOT_AN_INDEX;
    }

    private static int parse(String s) {
        int n = s.length();
        if (n == 0 || n > 10 || (n > 1 && s.charAt(0) == '0')) {
            return NOT_AN_INDEX;
        }
        long value = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return NOT_AN_INDEX;
            }
            value = value * 10 + (c - '0');
        }
        return value <= Integer.MAX_VALUE ? (int) value : NOT_AN_INDEX;
    }
}
