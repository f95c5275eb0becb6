package org.gjs.lang.runtime;

/** ECMAScript StringToNumber: whitespace-trimmed decimal, hex/octal/binary literals, Infinity; anything else is NaN. */
final class StringToNumber {
    private StringToNumber() {
    }

    static double parse(String input) {
        String s = trimJSWhitespace(input);
        if (s.isEmpty()) {
            return 0;
        }
        if (s.length() > 2 && s.charAt(0) == '0') {
            int radix = switch (s.charAt(1)) {
                case 'x', 'X' -> 16;
                case 'o', 'O' -> 8;
                case 'b', 'B' -> 2;
                default -> 0;
            };
            if (radix != 0) {
                return parseRadix(s.substring(2), radix);
            }
        }
        String body = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        if (body.equals("Infinity")) {
            return s.charAt(0) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (!isDecimalLiteral(body)) {
            return Double.NaN;
        }
        return Double.parseDouble(s);
    }

    private static double parseRadix(String digits, int radix) {
        double result = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = Character.digit(digits.charAt(i), radix);
            if (d < 0) {
                return Double.NaN;
            }
            result = result * radix + d;
        }
        return result;
    }

    /** StrUnsignedDecimalLiteral: digits [. digits] [e[+-]digits], at least one digit in the mantissa. */
    private static boolean isDecimalLiteral(String s) {
        int i = 0;
        int n = s.length();
        int mantissaDigits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            mantissaDigits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                mantissaDigits++;
            }
        }
        if (mantissaDigits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String trimJSWhitespace(String s) {
        return Strings.trimEnd(Strings.trimStart(s));
    }
}
