package org.gjs.lang.runtime;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Property;
import com.oracle.truffle.api.strings.TruffleString;

/** Own enumerable string-keyed properties in insertion order (integer keys first is not yet modelled: objects have no indexed storage yet). */
public final class EnumerableKeys {
    private EnumerableKeys() {
    }

    @TruffleBoundary
    public static List<TruffleString> ownEnumerableStringKeys(JSObject object) {
        List<TruffleString> keys = new ArrayList<>();
        for (Property property : DynamicObjectLibrary.getUncached().getPropertyArray(object)) {
            if (property.getKey() instanceof TruffleString key && (property.getFlags() & PropertyFlags.NOT_ENUMERABLE) == 0) {
                keys.add(key);
            }
        }
        return keys;
    }
}
