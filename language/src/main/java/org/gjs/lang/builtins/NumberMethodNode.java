package org.gjs.lang.builtins;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.GjsContext;
import org.gjs.lang.runtime.Conversions;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.ErrorType;
import org.gjs.lang.runtime.NumberFormat;
import org.gjs.lang.runtime.Strings;
import org.gjs.lang.runtime.Undefined;

/** Number.prototype.toString(radix), toFixed, valueOf; Number.isInteger, isSafeInteger, isFinite, isNaN. */
final class NumberMethodNode extends BuiltinNode {
    enum Method implements Builtin.Named {
        TO_STRING("toString", 1), TO_FIXED("toFixed", 1), VALUE_OF("valueOf", 0),
        IS_INTEGER("isInteger", 1), IS_SAFE_INTEGER("isSafeInteger", 1), IS_FINITE("isFinite", 1), IS_NAN("isNaN", 1);

        final String jsName;
        final int length;

        Method(String jsName, int length) {
            this.jsName = jsName;
            this.length = length;
        }

        @Override
        public String jsName() {
            return jsName;
        }

        @Override
        public int length() {
            return length;
        }
    }

    static Builtin[] prototypeMethods() {
        return builtins(Method.TO_STRING, Method.TO_FIXED, Method.VALUE_OF);
    }

    static Builtin[] statics() {
        return builtins(Method.IS_INTEGER, Method.IS_SAFE_INTEGER, Method.IS_FINITE, Method.IS_NAN);
    }

    private static Builtin[] builtins(Method... methods) {
        return Builtin.of(NumberMethodNode::new, methods);
    }

    private final Method method;

    private NumberMethodNode(Method method) {
        this.method = method;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object a = argument(frame, 0);
        return switch (method) {
            case IS_INTEGER -> isNumber(a) && isInteger(((Number) a).doubleValue());
            case IS_SAFE_INTEGER -> isNumber(a) && isInteger(((Number) a).doubleValue()) && Math.abs(((Number) a).doubleValue()) <= 9007199254740991.0;
            case IS_FINITE -> isNumber(a) && Double.isFinite(((Number) a).doubleValue());
            case IS_NAN -> a instanceof Double d && Double.isNaN(d);
            default -> {
                Object self = thisValue(frame);
                if (!isNumber(self)) {
                    throw ErrorObjects.raise(GjsContext.get(this).getRealm(), ErrorType.TypeError, "Number.prototype." + method.jsName + " requires that 'this' be a Number", this);
                }
                double value = ((Number) self).doubleValue();
                yield switch (method) {
                    case TO_STRING -> Strings.fromJava(toString(value, a));
                    case TO_FIXED -> Strings.fromJava(toFixed(value, a));
                    default -> self;
                };
            }
        };
    }

    private static boolean isNumber(Object value) {
        return value instanceof Integer || value instanceof Double;
    }

    private static boolean isInteger(double d) {
        return Double.isFinite(d) && d == Math.floor(d);
    }

    @TruffleBoundary
    private String toString(double value, Object radixValue) {
        int radix = radixValue == Undefined.INSTANCE ? 10 : (int) Conversions.toNumber(radixValue);
        if (radix < 2 || radix > 36) {
            throw ErrorObjects.raise(GjsContext.get(this).getRealm(), ErrorType.RangeError, "toString() radix must be between 2 and 36", this);
        }
        if (radix == 10 || Double.isNaN(value) || Double.isInfinite(value)) {
            return NumberFormat.toString(value);
        }
        if (value == Math.floor(value) && Math.abs(value) < 9.007199254740992E15) {
            return Long.toString((long) value, radix);
        }
        // Fractions in other radices: the integer part exactly, then up to 52 fraction digits.
        boolean negative = value < 0;
        double abs = Math.abs(value);
        double integer = Math.floor(abs);
        StringBuilder sb = new StringBuilder(new BigDecimal(integer).toBigInteger().toString(radix));
        double fraction = abs - integer;
        if (fraction > 0) {
            sb.append('.');
            for (int i = 0; i < 52 && fraction > 0; i++) {
                fraction *= radix;
                int digit = (int) fraction;
                sb.append(Character.forDigit(digit, radix));
                fraction -= digit;
            }
        }
        return (negative ? "-" : "") + sb;
    }

    @TruffleBoundary
    private String toFixed(double value, Object digitsValue) {
        double digits = digitsValue == Undefined.INSTANCE ? 0 : Conversions.toNumber(digitsValue);
        if (digits < 0 || digits > 100) {
            throw ErrorObjects.raise(GjsContext.get(this).getRealm(), ErrorType.RangeError, "toFixed() digits argument must be between 0 and 100", this);
        }
        int places = Double.isNaN(digits) ? 0 : (int) digits;
        if (Double.isNaN(value) || Math.abs(value) >= 1e21 || Double.isInfinite(value)) {
            return NumberFormat.toString(value);
        }
        String result = new BigDecimal(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
        return value < 0 && Double.parseDouble(result) == 0 && !result.startsWith("-") ? "-" + result : result;
    }
}
