package org.gjs.lang.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.object.Shape;

/**
 * A JS array. Elements live outside the shape, in the narrowest storage that holds them: an
 * {@code int[]}, a {@code double[]}, or an {@code Object[]} whose Java nulls are holes. Writes
 * widen the storage (int to double to Object) and never narrow it back, so a node sees few
 * storage kinds and its profiles stay stable.
 */
@ExportLibrary(InteropLibrary.class)
public final class JSArrayObject extends JSObject {
    private static final int[] EMPTY_INTS = new int[0];
    /** Elements are stored densely: an index or length past this needs sparse arrays, which gjs does not have yet. */
    public static final int MAX_DENSE_LENGTH = 1 << 26;

    private Object storage;
    private int length;

    JSArrayObject(Shape shape, Object storage, int length) {
        super(shape);
        this.storage = storage;
        this.length = length;
    }

    public static JSArrayObject create(JSRealm realm, Object storage, int length) {
        return new JSArrayObject(realm.getArrayShape(), storage, length);
    }

    public static JSArrayObject createEmpty(JSRealm realm) {
        return create(realm, EMPTY_INTS, 0);
    }

    public Object storage() {
        return storage;
    }

    public int length() {
        return length;
    }

    /** The element at {@code index}, or null for a hole or an index at or past the length. */
    public Object get(int index) {
        if (index < 0 || index >= length) {
            return null;
        }
        Object s = storage;
        if (s instanceof int[] ints) {
            return ints[index];
        } else if (s instanceof double[] doubles) {
            return doubles[index];
        }
        return ((Object[]) s)[index];
    }

    public void set(int index, Object value) {
        if (index >= MAX_DENSE_LENGTH) {
            throw tooLarge();
        }
        Object s = storage;
        if (s instanceof int[] ints && value instanceof Integer i && index <= length) {
            storage = ints = ensureCapacity(ints, index);
            ints[index] = i;
        } else if (s instanceof double[] doubles && (value instanceof Double || value instanceof Integer) && index <= length) {
            storage = doubles = ensureCapacity(doubles, index);
            doubles[index] = ((Number) value).doubleValue();
        } else {
            setGeneric(index, value);
        }
        if (index >= length) {
            length = index + 1;
        }
    }

    @TruffleBoundary
    private void setGeneric(int index, Object value) {
        if (storage instanceof int[] ints && (value instanceof Double) && index <= length) {
            double[] doubles = new double[Math.max(ints.length, index + 1)];
            for (int i = 0; i < length; i++) {
                doubles[i] = ints[i];
            }
            doubles[index] = (Double) value;
            storage = doubles;
            return;
        }
        Object[] objects = toObjects(Math.max(index + 1, length));
        objects[index] = value;
        storage = objects;
    }

    /** Widens the storage to Object[] of at least {@code capacity} (elements beyond the length are holes). */
    private Object[] toObjects(int capacity) {
        if (storage instanceof Object[] objects) {
            return objects.length >= capacity ? objects : Arrays.copyOf(objects, grow(objects.length, capacity));
        }
        Object[] objects = new Object[grow(0, capacity)];
        for (int i = 0; i < length; i++) {
            objects[i] = get(i);
        }
        return objects;
    }

    public void setLength(int newLength) {
        if (newLength > MAX_DENSE_LENGTH) {
            throw tooLarge();
        }
        if (newLength < length) {
            if (storage instanceof Object[] objects) {
                Arrays.fill(objects, newLength, length, null);
            }
        } else if (newLength > length) {
            storage = toObjects(newLength);
        }
        length = newLength;
    }

    @TruffleBoundary
    private static JSException tooLarge() {
        throw ErrorObjects.raise(org.gjs.lang.GjsContext.get(null).getRealm(), ErrorType.RangeError,
                        "Array index or length past " + MAX_DENSE_LENGTH + " needs sparse arrays, which gjs does not support yet", null);
    }

    public void setHole(int index) {
        toObjectStorage()[index] = null;
    }

    private Object[] toObjectStorage() {
        Object[] objects = toObjects(length);
        storage = objects;
        return objects;
    }

    /** Removes and returns the last element (pop); null for a hole. */
    public Object removeLast() {
        Object last = get(length - 1);
        setLength(length - 1);
        return last;
    }

    /** Inserts or removes elements at the front (shift/unshift) by copying: O(length), as simple engines do. */
    @TruffleBoundary
    public void shiftBy(int count, Object[] insert) {
        Object[] objects = new Object[grow(0, length - count + insert.length)];
        System.arraycopy(insert, 0, objects, 0, insert.length);
        for (int i = count; i < length; i++) {
            objects[i - count + insert.length] = get(i);
        }
        length = length - count + insert.length;
        storage = objects;
    }

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    long getArraySize() {
        return length;
    }

    @ExportMessage
    boolean isArrayElementReadable(long index) {
        return index >= 0 && index < length;
    }

    @ExportMessage
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (!isArrayElementReadable(index)) {
            throw InvalidArrayIndexException.create(index);
        }
        Object value = get((int) index);
        return value == null ? Undefined.INSTANCE : value;
    }

    @ExportMessage
    boolean isArrayElementModifiable(long index) {
        return isArrayElementReadable(index);
    }

    @ExportMessage
    boolean isArrayElementInsertable(long index) {
        return index >= length && index < Integer.MAX_VALUE;
    }

    @ExportMessage
    @TruffleBoundary
    void writeArrayElement(long index, Object value) throws InvalidArrayIndexException {
        if (index < 0 || index >= Integer.MAX_VALUE) {
            throw InvalidArrayIndexException.create(index);
        }
        set((int) index, HostValues.toJS(value));
    }

    private static int[] ensureCapacity(int[] ints, int index) {
        return index < ints.length ? ints : Arrays.copyOf(ints, grow(ints.length, index + 1));
    }

    private static double[] ensureCapacity(double[] doubles, int index) {
        return index < doubles.length ? doubles : Arrays.copyOf(doubles, grow(doubles.length, index + 1));
    }

    private static int grow(int current, int needed) {
        return Math.max(needed, Math.max(4, current + (current >> 1)));
    }
}
