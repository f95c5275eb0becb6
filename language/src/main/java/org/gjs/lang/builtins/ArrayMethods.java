package org.gjs.lang.builtins;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;
import org.gjs.lang.nodes.binary.EqualityNode;
import org.gjs.lang.runtime.Conversions;
import org.gjs.lang.runtime.JSArrayObject;
import org.gjs.lang.runtime.JSRealm;
import org.gjs.lang.runtime.Null;
import org.gjs.lang.runtime.Strings;
import org.gjs.lang.runtime.Undefined;

/** The Array.prototype algorithms that call no JS code, on gjs arrays (generic array-likes come later). */
final class ArrayMethods {
    private ArrayMethods() {
    }

    static Object elementOrUndefined(JSArrayObject array, int index) {
        Object value = array.get(index);
        return value == null ? Undefined.INSTANCE : value;
    }

    @TruffleBoundary
    static int push(JSArrayObject array, Object[] frameArguments, int from) {
        for (int i = from; i < frameArguments.length; i++) {
            array.set(array.length(), frameArguments[i]);
        }
        return array.length();
    }

    @TruffleBoundary
    static Object pop(JSArrayObject array) {
        if (array.length() == 0) {
            return Undefined.INSTANCE;
        }
        Object last = array.removeLast();
        return last == null ? Undefined.INSTANCE : last;
    }

    @TruffleBoundary
    static Object shift(JSArrayObject array) {
        if (array.length() == 0) {
            return Undefined.INSTANCE;
        }
        Object first = elementOrUndefined(array, 0);
        array.shiftBy(1, new Object[0]);
        return first;
    }

    @TruffleBoundary
    static int unshift(JSArrayObject array, Object[] frameArguments, int from) {
        Object[] insert = new Object[frameArguments.length - from];
        System.arraycopy(frameArguments, from, insert, 0, insert.length);
        array.shiftBy(0, insert);
        return array.length();
    }

    /** Start and end arguments as slice/fill/indexOf read them: relative to the end when negative, clamped. */
    static int relativeIndex(Object argument, int length, int defaultValue) {
        if (argument == Undefined.INSTANCE) {
            return defaultValue;
        }
        double relative = Conversions.toNumber(argument);
        if (Double.isNaN(relative)) {
            relative = 0;
        }
        relative = relative < 0 ? Math.ceil(relative) : Math.floor(relative);
        if (relative < 0) {
            return (int) Math.max(length + relative, 0);
        }
        return (int) Math.min(relative, length);
    }

    @TruffleBoundary
    static JSArrayObject slice(JSRealm realm, JSArrayObject array, Object start, Object end) {
        int length = array.length();
        int from = relativeIndex(start, length, 0);
        int to = relativeIndex(end, length, length);
        JSArrayObject result = JSArrayObject.createEmpty(realm);
        for (int i = from; i < to; i++) {
            Object value = array.get(i);
            if (value != null) {
                result.set(i - from, value);
            } else {
                result.setLength(i - from + 1);
            }
        }
        return result;
    }

    @TruffleBoundary
    static JSArrayObject concat(JSRealm realm, JSArrayObject array, Object[] frameArguments, int from) {
        JSArrayObject result = JSArrayObject.createEmpty(realm);
        appendAll(result, array);
        for (int i = from; i < frameArguments.length; i++) {
            if (frameArguments[i] instanceof JSArrayObject other) {
                appendAll(result, other);
            } else {
                result.set(result.length(), frameArguments[i]);
            }
        }
        return result;
    }

    private static void appendAll(JSArrayObject target, JSArrayObject source) {
        int base = target.length();
        for (int i = 0; i < source.length(); i++) {
            Object value = source.get(i);
            if (value != null) {
                target.set(base + i, value);
            } else {
                target.setLength(base + i + 1);
            }
        }
    }

    @TruffleBoundary
    static TruffleString join(JSArrayObject array, Object separator) {
        String sep = separator == Undefined.INSTANCE ? "," : Strings.toJava(Conversions.toStringUncached(separator));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < array.length(); i++) {
            if (i > 0) {
                sb.append(sep);
            }
            Object value = array.get(i);
            if (value != null && value != Undefined.INSTANCE && value != Null.INSTANCE) {
                sb.append(Strings.toJava(Conversions.toStringUncached(value)));
            }
        }
        return Strings.fromJava(sb.toString());
    }

    @TruffleBoundary
    static int indexOf(JSArrayObject array, Object target, Object fromIndex) {
        int length = array.length();
        for (int i = relativeIndex(fromIndex, length, 0); i < length; i++) {
            Object value = array.get(i);
            if (value != null && EqualityNode.strictEquals(value, target)) {
                return i;
            }
        }
        return -1;
    }

    @TruffleBoundary
    static int lastIndexOf(JSArrayObject array, Object target) {
        for (int i = array.length() - 1; i >= 0; i--) {
            Object value = array.get(i);
            if (value != null && EqualityNode.strictEquals(value, target)) {
                return i;
            }
        }
        return -1;
    }

    /** SameValueZero: like === but NaN equals NaN; holes read as undefined. */
    @TruffleBoundary
    static boolean includes(JSArrayObject array, Object target, Object fromIndex) {
        int length = array.length();
        boolean nan = target instanceof Double d && Double.isNaN(d);
        for (int i = relativeIndex(fromIndex, length, 0); i < length; i++) {
            Object value = elementOrUndefined(array, i);
            if (nan ? value instanceof Double d && Double.isNaN(d) : EqualityNode.strictEquals(value, target)) {
                return true;
            }
        }
        return false;
    }

    @TruffleBoundary
    static JSArrayObject reverse(JSArrayObject array) {
        int length = array.length();
        List<Object> values = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            values.add(array.get(i));
        }
        for (int i = 0; i < length; i++) {
            Object value = values.get(length - 1 - i);
            if (value == null) {
                array.setHole(i);
            } else {
                array.set(i, value);
            }
        }
        return array;
    }

    /**
     * Array.prototype.sort: stable (a merge sort, as the spec's implementations are), undefined last,
     * holes removed to the end; without a comparator by the elements' strings.
     */
    @TruffleBoundary
    static JSArrayObject sort(JSArrayObject array, Object comparator) {
        List<Object> values = new ArrayList<>();
        int undefinedCount = 0;
        for (int i = 0; i < array.length(); i++) {
            Object value = array.get(i);
            if (value == Undefined.INSTANCE) {
                undefinedCount++;
            } else if (value != null) {
                values.add(value);
            }
        }
        java.util.Comparator<Object> order;
        if (comparator instanceof org.gjs.lang.runtime.JSFunctionObject function) {
            order = (a, b) -> {
                double result = Conversions.toNumber(function.getData().getCallTarget().call(function, Undefined.INSTANCE, a, b));
                return result < 0 ? -1 : (result > 0 ? 1 : 0);
            };
        } else {
            order = (a, b) -> Conversions.toStringUncached(a).compareCharsUTF16Uncached(Conversions.toStringUncached(b));
        }
        values.sort(order); // List.sort is a stable merge sort
        int length = array.length();
        int i = 0;
        for (Object value : values) {
            array.set(i++, value);
        }
        for (int u = 0; u < undefinedCount; u++) {
            array.set(i++, Undefined.INSTANCE);
        }
        while (i < length) {
            array.setHole(i++);
        }
        return array;
    }

    @TruffleBoundary
    static JSArrayObject fill(JSArrayObject array, Object value, Object start, Object end) {
        int length = array.length();
        int to = relativeIndex(end, length, length);
        for (int i = relativeIndex(start, length, 0); i < to; i++) {
            array.set(i, value);
        }
        return array;
    }
}
