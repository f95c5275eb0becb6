package org.gjs.lang.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

/** The abstract operations of ECMAScript section 7.1 on their slow, uncached paths. Nodes specialize the common cases. */
public final class Conversions {
    private Conversions() {
    }

    public static boolean toBoolean(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Integer i) {
            return i != 0;
        }
        if (value instanceof Double d) {
            return d != 0 && !Double.isNaN(d);
        }
        if (value instanceof TruffleString s) {
            return !s.isEmpty();
        }
        return !(value == Undefined.INSTANCE || value == Null.INSTANCE);
    }

    @TruffleBoundary
    public static double toNumber(Object value) {
        if (value instanceof Integer i) {
            return i;
        }
        if (value instanceof Double d) {
            return d;
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value == Undefined.INSTANCE) {
            return Double.NaN;
        }
        if (value == Null.INSTANCE) {
            return 0;
        }
        if (value instanceof TruffleString s) {
            return StringToNumber.parse(Strings.toJava(s));
        }
        if (value instanceof JSObject object) {
            return toNumber(toPrimitive(object, Hint.NUMBER));
        }
        return Double.NaN;
    }

    /** The hint of ToPrimitive: which of valueOf and toString an object is asked first. */
    public enum Hint {
        NUMBER,
        STRING,
        DEFAULT
    }

    /**
     * ToPrimitive: primitives as they are; objects through OrdinaryToPrimitive, calling their
     * valueOf and toString (Symbol.toPrimitive comes with symbols).
     */
    @TruffleBoundary
    public static Object toPrimitive(Object value, Hint hint) {
        if (!(value instanceof JSObject object)) {
            return value;
        }
        TruffleString first = hint == Hint.STRING ? TO_STRING : VALUE_OF;
        TruffleString second = hint == Hint.STRING ? VALUE_OF : TO_STRING;
        for (TruffleString name : new TruffleString[]{first, second}) {
            Object method = object.getUncached(name);
            if (method instanceof JSFunctionObject function) {
                Object result = function.getData().getCallTarget().call(function, object);
                if (!(result instanceof JSObject)) {
                    return result;
                }
            }
        }
        throw ErrorObjects.raise(org.gjs.lang.GjsContext.get(null).getRealm(), ErrorType.TypeError, "Cannot convert object to primitive value", null);
    }

    private static final TruffleString VALUE_OF = Strings.constant("valueOf");
    private static final TruffleString TO_STRING = Strings.constant("toString");

    @TruffleBoundary
    public static TruffleString toStringUncached(Object value) {
        if (value instanceof TruffleString s) {
            return s;
        }
        if (value instanceof Integer i) {
            return Strings.fromJava(Integer.toString(i));
        }
        if (value instanceof Double d) {
            return Strings.fromJava(NumberFormat.toString(d));
        }
        if (value instanceof Boolean b) {
            return b ? Strings.TRUE : Strings.FALSE;
        }
        if (value == Undefined.INSTANCE) {
            return Strings.UNDEFINED;
        }
        if (value == Null.INSTANCE) {
            return Strings.NULL;
        }
        if (value instanceof JSObject object) {
            return toStringUncached(toPrimitive(object, Hint.STRING));
        }
        return Strings.fromJava(String.valueOf(value));
    }

    /** How a thrown value reads when nothing catches it, as node prints it: strings raw, the rest inspected. Runs no JS code. */
    @TruffleBoundary
    public static TruffleString toDisplayStringUncached(Object value) {
        if (value instanceof TruffleString s) {
            return s;
        }
        return Strings.fromJava(Inspect.inspect(value, 0));
    }

    public static String typeof(Object value) {
        if (value instanceof Integer || value instanceof Double) {
            return "number";
        }
        if (value instanceof TruffleString) {
            return "string";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value == Undefined.INSTANCE) {
            return "undefined";
        }
        if (value instanceof JSFunctionObject) {
            return "function";
        }
        return "object";
    }
}
