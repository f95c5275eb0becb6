package org.gjs.tck;

import org.graalvm.polyglot.Value;

/**
 * The ECMAScript abstract operations the result verifiers need, computed on the host side from
 * polyglot {@link Value}s, so a verifier can say what a JS engine must answer for a given operand.
 * They are only defined for the operand kinds whose JS meaning does not depend on an object's
 * ToPrimitive protocol; {@link #kind} tells the verifiers which case they are in.
 */
final class JsValues {
    private JsValues() {
    }

    /** How a JS program sees a value that reached it through interop. */
    enum Kind {
        NUMBER,
        STRING,
        BOOLEAN,
        UNDEFINED,
        NULL,
        /** An object made by gjs itself (plain object or function). */
        GJS_OBJECT,
        /** A host object or a host proxy: a foreign object to gjs. */
        FOREIGN_OBJECT
    }

    static Kind kind(Value v) {
        if (v.isNumber() && v.fitsInDouble()) {
            return Kind.NUMBER;
        }
        if (v.isString()) {
            return Kind.STRING;
        }
        if (v.isBoolean()) {
            return Kind.BOOLEAN;
        }
        if (v.isNull()) {
            // gjs shows undefined to hosts as a null value whose display string is "undefined";
            // the host's null and gjs's null both display as "null".
            return "undefined".equals(v.toString()) ? Kind.UNDEFINED : Kind.NULL;
        }
        if (v.isHostObject() || v.isProxyObject() || v.isNumber()) {
            // A number that fits no double (a host BigInteger) has no JS number to become; gjs has no
            // BigInt yet and keeps it as a foreign object.
            return Kind.FOREIGN_OBJECT;
        }
        return Kind.GJS_OBJECT;
    }

    /** NUMBER, BOOLEAN, UNDEFINED, NULL: ToNumber needs no string parsing and no ToPrimitive. */
    static boolean isNumeric(Kind k) {
        return k == Kind.NUMBER || k == Kind.BOOLEAN || k == Kind.UNDEFINED || k == Kind.NULL;
    }

    /** ToNumber for {@link #isNumeric} kinds. */
    static double toNumber(Value v) {
        return switch (kind(v)) {
            case NUMBER -> v.asDouble();
            case BOOLEAN -> v.asBoolean() ? 1 : 0;
            case NULL -> 0;
            case UNDEFINED -> Double.NaN;
            default -> throw new IllegalArgumentException("ToNumber needs ToPrimitive or string parsing for " + v);
        };
    }

    /** ToBoolean: defined for every kind (every object is truthy). */
    static boolean toBoolean(Value v) {
        return switch (kind(v)) {
            case NUMBER -> {
                double d = v.asDouble();
                yield d != 0 && !Double.isNaN(d);
            }
            case STRING -> !v.asString().isEmpty();
            case BOOLEAN -> v.asBoolean();
            case UNDEFINED, NULL -> false;
            default -> true;
        };
    }

    /** ToInt32. */
    static int toInt32(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return 0;
        }
        return (int) (long) (d % 4294967296.0);
    }

    /** Number::exponentiate, which differs from Math.pow for a base of +-1 and an infinite or NaN exponent. */
    static double pow(double x, double y) {
        if (Double.isNaN(y) || (Math.abs(x) == 1 && Double.isInfinite(y))) {
            return Double.NaN;
        }
        return Math.pow(x, y);
    }

    /** The typeof answer for a primitive or gjs value. */
    static String typeOf(Value v) {
        return switch (kind(v)) {
            case NUMBER -> "number";
            case STRING -> "string";
            case BOOLEAN -> "boolean";
            case UNDEFINED -> "undefined";
            case NULL -> "object";
            case GJS_OBJECT, FOREIGN_OBJECT -> v.canExecute() ? "function" : "object";
        };
    }

    /** Same number, with NaN equal to NaN and +0 distinct from -0, as SameValue does. */
    static boolean sameNumber(double expected, Value actual) {
        return actual.isNumber() && actual.fitsInDouble() && Double.valueOf(expected).equals(actual.asDouble());
    }

    /**
     * Whether {@code actual} is {@code expected} passed through gjs unchanged: primitives by value
     * (a host char or String becomes a JS string, a host long a JS number), objects by identity.
     */
    static boolean sameValue(Value expected, Value actual) {
        Kind k = kind(expected);
        if (k != kind(actual)) {
            return false;
        }
        return switch (k) {
            case NUMBER -> expected.asDouble() == actual.asDouble() || (Double.isNaN(expected.asDouble()) && Double.isNaN(actual.asDouble()));
            case STRING -> expected.asString().equals(actual.asString());
            case BOOLEAN -> expected.asBoolean() == actual.asBoolean();
            case UNDEFINED, NULL -> true;
            default -> expected.equals(actual);
        };
    }
}
