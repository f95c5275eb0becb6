package org.gjs.lang.runtime;

/** JS numbers are ints where they can be (so they take the int fast paths) and doubles otherwise. */
public final class Numbers {
    private Numbers() {
    }

    /** An int for a double that holds an int value (but not -0), else the double. */
    public static Object normalize(double d) {
        if (d == (int) d && !(d == 0 && 1 / d < 0)) {
            return (int) d;
        }
        return d;
    }
}
