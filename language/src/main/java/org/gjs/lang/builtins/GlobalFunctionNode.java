package org.gjs.lang.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.runtime.Conversions;
import org.gjs.lang.runtime.Numbers;
import org.gjs.lang.runtime.Strings;

/**
 * String, Number and Boolean called as functions (the conversions; wrapper objects with {@code new}
 * come with their prototypes), and isNaN, isFinite, parseInt, parseFloat.
 */
final class GlobalFunctionNode extends BuiltinNode {
    enum Function {
        STRING("String"),
        NUMBER("Number"),
        BOOLEAN("Boolean"),
        IS_NAN("isNaN"),
        IS_FINITE("isFinite"),
        PARSE_INT("parseInt"),
        PARSE_FLOAT("parseFloat");

        final String jsName;

        Function(String jsName) {
            this.jsName = jsName;
        }
    }

    static Builtin[] all() {
        Function[] functions = Function.values();
        Builtin[] builtins = new Builtin[functions.length];
        for (int i = 0; i < functions.length; i++) {
            Function function = functions[i];
            int length = function == Function.PARSE_INT ? 2 : 1;
            builtins[i] = new Builtin(function.jsName, length, () -> new GlobalFunctionNode(function));
        }
        return builtins;
    }

    private final Function function;

    private GlobalFunctionNode(Function function) {
        this.function = function;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object value = argument(frame, 0);
        return switch (function) {
            case STRING -> argumentCount(frame) == 0 ? Strings.EMPTY : Conversions.toStringUncached(value);
            case NUMBER -> argumentCount(frame) == 0 ? 0 : Numbers.normalize(Conversions.toNumber(value));
            case BOOLEAN -> Conversions.toBoolean(value);
            case IS_NAN -> Double.isNaN(Conversions.toNumber(value));
            case IS_FINITE -> Double.isFinite(Conversions.toNumber(value));
            case PARSE_INT -> Numbers.normalize(parseInt(Strings.toJava(Conversions.toStringUncached(value)), argument(frame, 1)));
            case PARSE_FLOAT -> Numbers.normalize(parseFloat(Strings.toJava(Conversions.toStringUncached(value))));
        };
    }


    @TruffleBoundary
    private static double parseInt(String input, Object radixValue) {
        String s = Strings.trimStart(input);
        int sign = 1;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            sign = s.charAt(0) == '-' ? -1 : 1;
            s = s.substring(1);
        }
        int radix = (int) Conversions.toNumber(radixValue == org.gjs.lang.runtime.Undefined.INSTANCE ? 0 : radixValue);
        boolean stripPrefix = true;
        if (radix != 0) {
            if (radix < 2 || radix > 36) {
                return Double.NaN;
            }
            stripPrefix = radix == 16;
        } else {
            radix = 10;
        }
        if (stripPrefix && s.length() >= 2 && s.charAt(0) == '0' && (s.charAt(1) == 'x' || s.charAt(1) == 'X')) {
            s = s.substring(2);
            radix = 16;
        }
        int end = 0;
        while (end < s.length() && Character.digit(s.charAt(end), radix) >= 0 && s.charAt(end) < 128) {
            end++;
        }
        if (end == 0) {
            return Double.NaN;
        }
        double result = 0;
        for (int i = 0; i < end; i++) {
            result = result * radix + Character.digit(s.charAt(i), radix);
        }
        if (radix == 10 && end > 15) {
            result = Double.parseDouble(s.substring(0, end)); // exact rounding for long decimal digit strings
        }
        return sign * result;
    }

    @TruffleBoundary
    private static double parseFloat(String input) {
        String s = Strings.trimStart(input);
        int i = 0;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        if (s.startsWith("Infinity", i)) {
            return s.charAt(0) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        int digitsStart = i;
        while (i < s.length() && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
        }
        if (i == digitsStart || (i == digitsStart + 1 && s.charAt(digitsStart) == '.')) {
            return Double.NaN;
        }
        int mantissaEnd = i;
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            int expStart = j;
            while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                j++;
            }
            if (j > expStart) {
                mantissaEnd = j;
            }
        }
        return Double.parseDouble(s.substring(0, mantissaEnd));
    }

}
