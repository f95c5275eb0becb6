package org.gjs.lang.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

/** Turns values that arrive through interop into JS values (boxed Java primitives and strings). */
public final class HostValues {
    private HostValues() {
    }

    @TruffleBoundary
    public static Object toJS(Object value) {
        if (value instanceof Integer || value instanceof Double || value instanceof Boolean || value instanceof JSObject) {
            return value;
        }
        if (value instanceof String s) {
            return Strings.fromJava(s);
        }
        if (value instanceof Byte || value instanceof Short) {
            return ((Number) value).intValue();
        }
        if (value instanceof Long l) {
            return (l == (int) (long) l) ? (Object) (int) (long) l : (Object) (double) l;
        }
        if (value instanceof Float f) {
            return (double) f;
        }
        if (value instanceof Character c) {
            return Strings.fromJava(String.valueOf(c));
        }
        InteropLibrary interop = InteropLibrary.getUncached(value);
        try {
            if (interop.isNull(value)) {
                return value instanceof Undefined ? value : Null.INSTANCE;
            }
            if (interop.isString(value)) {
                return interop.asTruffleString(value).switchEncodingUncached(Strings.ENCODING);
            }
            if (interop.isBoolean(value)) {
                return interop.asBoolean(value);
            }
            if (interop.isNumber(value)) {
                if (interop.fitsInInt(value)) {
                    return interop.asInt(value);
                }
                if (interop.fitsInDouble(value)) {
                    return interop.asDouble(value);
                }
            }
        } catch (UnsupportedMessageException e) {
            throw new IllegalStateException("interop value changed its type while being read", e);
        }
        return value;
    }
}
