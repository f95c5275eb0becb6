package org.gjs.lang.nodes.pattern;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;
import org.gjs.lang.runtime.Conversions;
import org.gjs.lang.runtime.EnumerableKeys;
import org.gjs.lang.runtime.JSArrayObject;
import org.gjs.lang.runtime.JSObject;
import org.gjs.lang.runtime.Strings;

/** CopyDataProperties (ECMAScript 7.3.25): object spread and object rest, on their generic path. */
public final class DataProperties {
    private DataProperties() {
    }

    /**
     * Copies the own enumerable properties of {@code source} into {@code target}, except the keys in
     * {@code excluded} (property keys already converted: strings or ints). Array elements and string
     * characters come first, as index keys; primitives other than strings have none.
     */
    @TruffleBoundary
    public static void copy(JSObject target, Object source, Object[] excluded) {
        DynamicObjectLibrary objects = DynamicObjectLibrary.getUncached();
        if (source instanceof JSArrayObject array) {
            for (int i = 0; i < array.length(); i++) {
                Object value = array.get(i);
                TruffleString key = Strings.fromJava(Integer.toString(i));
                if (value != null && !isExcluded(key, excluded)) {
                    objects.put(target, key, value);
                }
            }
        } else if (source instanceof TruffleString string) {
            int length = string.byteLength(Strings.ENCODING) / 2;
            for (int i = 0; i < length; i++) {
                TruffleString key = Strings.fromJava(Integer.toString(i));
                if (!isExcluded(key, excluded)) {
                    objects.put(target, key, string.substringByteIndexUncached(i * 2, 2, Strings.ENCODING, true));
                }
            }
        }
        if (source instanceof JSObject object) {
            for (TruffleString key : EnumerableKeys.ownEnumerableStringKeys(object)) {
                if (!isExcluded(key, excluded)) {
                    objects.put(target, key, objects.getOrDefault(object, key, null));
                }
            }
        }
    }

    private static boolean isExcluded(TruffleString key, Object[] excluded) {
        for (Object e : excluded) {
            TruffleString k = e instanceof TruffleString s ? s : Conversions.toStringUncached(e);
            if (k.equalsUncached(key, Strings.ENCODING)) {
                return true;
            }
        }
        return false;
    }
}
