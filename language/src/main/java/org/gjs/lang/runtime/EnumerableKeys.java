package org.gjs.lang.runtime;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Property;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * Own property keys in the order ECMAScript's OrdinaryOwnPropertyKeys gives them: integer indices
 * ascending, then the other strings in the order they were added.
 */
public final class EnumerableKeys {
    private EnumerableKeys() {
    }

    @TruffleBoundary
    public static List<TruffleString> ownEnumerableStringKeys(JSObject object) {
        List<TruffleString> keys = new ArrayList<>();
        for (Property property : ownStringKeyedProperties(object)) {
            if ((property.getFlags() & PropertyFlags.NOT_ENUMERABLE) == 0) {
                keys.add((TruffleString) property.getKey());
            }
        }
        return keys;
    }

    /** The string-keyed properties of an object (not array elements), integer-like keys first. */
    private static List<Property> ownStringKeyedProperties(JSObject object) {
        List<Property> indices = new ArrayList<>();
        List<Property> names = new ArrayList<>();
        for (Property property : DynamicObjectLibrary.getUncached().getPropertyArray(object)) {
            if (property.getKey() instanceof TruffleString key) {
                (ArrayIndex.of(key) != ArrayIndex.NOT_AN_INDEX ? indices : names).add(property);
            }
        }
        if (indices.isEmpty()) {
            return names;
        }
        indices.sort((a, b) -> Integer.compare(ArrayIndex.of(a.getKey()), ArrayIndex.of(b.getKey())));
        indices.addAll(names);
        return indices;
    }

    /** The keys a for-in loop visits: own enumerable ones (array elements first), then inherited ones not shadowed. */
    @TruffleBoundary
    public static List<TruffleString> forIn(JSObject object) {
        List<TruffleString> keys = new ArrayList<>();
        Set<TruffleString> visited = new HashSet<>();
        for (Object current = object; current instanceof JSObject o; current = o.getPrototypeUncached()) {
            if (o instanceof JSArrayObject array) {
                for (int i = 0; i < array.length(); i++) {
                    TruffleString key = Strings.fromJava(Integer.toString(i));
                    if (array.get(i) != null && visited.add(key)) {
                        keys.add(key);
                    }
                }
            }
            for (Property property : ownStringKeyedProperties(o)) {
                TruffleString key = (TruffleString) property.getKey();
                if (visited.add(key) && (property.getFlags() & PropertyFlags.NOT_ENUMERABLE) == 0) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }
}
