package org.gjs.lang.nodes.pattern;

import java.util.Arrays;

import org.gjs.lang.runtime.JSArrayObject;
import org.gjs.lang.runtime.JSRealm;
import org.gjs.lang.runtime.Undefined;

/** Copies of array elements for rest elements, rest parameters and spreads, keeping int and double storage unboxed. */
public final class ArrayCopies {
    private ArrayCopies() {
    }

    /** A new array of {@code source}'s elements from {@code from} to its length; holes become undefined. */
    public static JSArrayObject slice(JSRealm realm, JSArrayObject source, int from) {
        int length = Math.max(0, source.length() - from);
        Object storage = source.storage();
        if (storage instanceof int[] ints) {
            return JSArrayObject.create(realm, length == 0 ? new int[0] : Arrays.copyOfRange(ints, from, from + length), length);
        }
        if (storage instanceof double[] doubles) {
            return JSArrayObject.create(realm, Arrays.copyOfRange(doubles, from, from + length), length);
        }
        Object[] objects = new Object[length];
        copyInto(source, from, objects, 0, length);
        return JSArrayObject.create(realm, objects, length);
    }

    /** Copies {@code count} elements of {@code source} from {@code from} into {@code target} at {@code at}, holes as undefined. */
    public static void copyInto(JSArrayObject source, int from, Object[] target, int at, int count) {
        for (int i = 0; i < count; i++) {
            Object value = source.get(from + i);
            target[at + i] = value == null ? Undefined.INSTANCE : value;
        }
    }

    /** The narrowest storage for a list of values: int[] when all are ints, else the values themselves. */
    public static Object narrow(Object[] values, int length) {
        for (int i = 0; i < length; i++) {
            if (!(values[i] instanceof Integer)) {
                return values;
            }
        }
        int[] ints = new int[length];
        for (int i = 0; i < length; i++) {
            ints[i] = (Integer) values[i];
        }
        return ints;
    }
}
