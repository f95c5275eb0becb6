package org.gjs.lang.nodes.pattern;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;
import org.gjs.lang.runtime.Conversions;
import org.gjs.lang.runtime.JSArrayObject;
import org.gjs.lang.runtime.JSFunctionObject;
import org.gjs.lang.runtime.JSObject;
import org.gjs.lang.runtime.JSRealm;
import org.gjs.lang.runtime.Null;
import org.gjs.lang.runtime.Strings;
import org.gjs.lang.runtime.Undefined;

/**
 * The slow paths shared by destructuring and spread. gjs has no Symbol.iterator yet, so the
 * iterables are the built-in ones whose iteration is fixed: arrays (element by element, holes as
 * undefined) and strings (by code point).
 */
public final class Iterables {
    private Iterables() {
    }

    /** A string's code points as a new array of one- or two-unit strings, as the string iterator yields them. */
    @TruffleBoundary
    public static JSArrayObject codePoints(JSRealm realm, TruffleString string) {
        String s = Strings.toJava(string);
        Object[] parts = new Object[s.length()];
        int n = 0;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            parts[n++] = Strings.fromJava(s.substring(i, next));
            i = next;
        }
        Object[] storage = n == parts.length ? parts : java.util.Arrays.copyOf(parts, n);
        return JSArrayObject.create(realm, storage, n);
    }

    /** How V8 describes a value it cannot iterate when it has no source text to show: "number 7", "object null", "undefined". */
    @TruffleBoundary
    public static String describe(Object value) {
        if (value == Undefined.INSTANCE) {
            return "undefined";
        }
        if (value == Null.INSTANCE) {
            return "object null";
        }
        if (value instanceof JSFunctionObject) {
            return "function";
        }
        if (value instanceof JSObject) {
            return "object";
        }
        return Conversions.typeof(value) + " " + Strings.toJava(Conversions.toStringUncached(value));
    }
}
