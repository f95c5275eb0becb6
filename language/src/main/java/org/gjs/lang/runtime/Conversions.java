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
        // Objects: ToPrimitive with hint number. Objects have no valueOf protocol yet, so this is
        // the result for ordinary objects whose toString gives "[object Object]".
        return Double.NaN;
    }

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
        if (value instanceof JSFunctionObject f) {
            return Strings.fromJava("function " + f.getData().getName() + "() { [native code] }");
        }
        if (value instanceof JSArrayObject array) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < array.length(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                Object element = array.get(i);
                if (element != null && element != Undefined.INSTANCE && element != Null.INSTANCE) {
                    sb.append(toStringUncached(element).toJavaStringUncached());
                }
            }
            return Strings.fromJava(sb.toString());
        }
        if (value instanceof JSObject o) {
            if (o.kind() == ObjectKind.ERROR) {
                return ErrorObjects.summary(o);
            }
            return Strings.fromJava("[object Object]");
        }
        return Strings.fromJava(String.valueOf(value));
    }

    /** How a value reads in a message such as "x is not a function" or an uncaught throw. */
    @TruffleBoundary
    public static TruffleString toDisplayStringUncached(Object value) {
        if (value instanceof TruffleString s) {
            return s;
        }
        return toStringUncached(value);
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
