package org.gjs.lang.builtins;

import org.gjs.lang.runtime.JSArrayObject;
import org.gjs.lang.runtime.JSObject;
import org.gjs.lang.runtime.JSRealm;
import org.gjs.lang.runtime.Null;
import org.gjs.lang.runtime.Numbers;
import org.gjs.lang.runtime.Strings;

/** JSON.parse's grammar (ECMA-404), building gjs values; errors carry V8's messages. */
final class JSONParser {
    /** A JSON syntax error, to be thrown as a JS SyntaxError. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message, null, false, false);
        }
    }

    private final JSRealm realm;
    private final String text;
    private int pos;

    JSONParser(JSRealm realm, String text) {
        this.realm = realm;
        this.text = text;
    }

    Object parse() throws Failure {
        Object value = value();
        skipWhitespace();
        if (pos < text.length()) {
            throw new Failure("Unexpected non-whitespace character after JSON at position " + pos);
        }
        return value;
    }

    private Object value() throws Failure {
        skipWhitespace();
        if (pos >= text.length()) {
            throw new Failure("Unexpected end of JSON input");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return Strings.fromJava(string());
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", Null.INSTANCE);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw unexpected();
        }
    }

    private Failure unexpected() {
        if (pos >= text.length()) {
            return new Failure("Unexpected end of JSON input");
        }
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return new Failure("Unexpected token '" + text.charAt(pos) + "', \"" + shown + "\" is not valid JSON");
    }

    private Object literal(String word, Object value) throws Failure {
        for (int i = 0; i < word.length(); i++) {
            if (pos + i >= text.length()) {
                pos += i;
                throw new Failure("Unexpected end of JSON input");
            }
            if (text.charAt(pos + i) != word.charAt(i)) {
                pos += i;
                throw unexpected();
            }
        }
        pos += word.length();
        return value;
    }

    private Object number() throws Failure {
        int start = pos;
        if (text.charAt(pos) == '-') {
            pos++;
        }
        if (pos >= text.length()) {
            throw new Failure("No number after minus sign in JSON at position " + pos);
        }
        if (text.charAt(pos) == '0') {
            pos++;
            if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                throw new Failure("Unexpected number in JSON at position " + pos);
            }
        } else if (Character.isDigit(text.charAt(pos))) {
            digits();
        } else {
            throw new Failure("No number after minus sign in JSON at position " + pos);
        }
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            if (pos >= text.length() || !Character.isDigit(text.charAt(pos))) {
                throw pos >= text.length() ? new Failure("Unterminated fractional number in JSON at position " + pos) : unexpected();
            }
            digits();
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            if (pos >= text.length() || !Character.isDigit(text.charAt(pos))) {
                throw pos >= text.length() ? new Failure("Exponent part is missing a number in JSON at position " + pos) : unexpected();
            }
            digits();
        }
        return Numbers.normalize(Double.parseDouble(text.substring(start, pos)));
    }

    private void digits() {
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
    }

    private String string() throws Failure {
        pos++; // opening quote
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw new Failure("Unterminated string in JSON at position " + pos);
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return sb.toString();
            }
            if (c < 0x20) {
                throw new Failure("Bad control character in string literal in JSON at position " + pos);
            }
            if (c == '\\') {
                pos++;
                if (pos >= text.length()) {
                    throw new Failure("Unterminated string in JSON at position " + pos);
                }
                char e = text.charAt(pos);
                switch (e) {
                    case '"', '\\', '/' -> sb.append(e);
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        if (pos + 4 >= text.length()) {
                            throw new Failure("Bad Unicode escape in JSON at position " + (pos - 1));
                        }
                        int code = 0;
                        for (int i = 1; i <= 4; i++) {
                            int digit = Character.digit(text.charAt(pos + i), 16);
                            if (digit < 0) {
                                throw new Failure("Bad Unicode escape in JSON at position " + (pos - 1));
                            }
                            code = code * 16 + digit;
                        }
                        sb.append((char) code);
                        pos += 4;
                    }
                    default -> throw new Failure("Bad escaped character in JSON at position " + pos);
                }
                pos++;
                continue;
            }
            sb.append(c);
            pos++;
        }
    }

    private JSArrayObject array() throws Failure {
        pos++;
        JSArrayObject array = JSArrayObject.createEmpty(realm);
        skipWhitespace();
        if (pos < text.length() && text.charAt(pos) == ']') {
            pos++;
            return array;
        }
        while (true) {
            array.set(array.length(), value());
            skipWhitespace();
            if (pos >= text.length()) {
                throw new Failure("Expected ',' or ']' after array element in JSON at position " + pos);
            }
            char c = text.charAt(pos);
            if (c == ']') {
                pos++;
                return array;
            }
            if (c != ',') {
                throw new Failure("Expected ',' or ']' after array element in JSON at position " + pos);
            }
            pos++;
            skipWhitespace();
            if (pos < text.length() && text.charAt(pos) == ']') {
                throw unexpected();
            }
        }
    }

    private JSObject object() throws Failure {
        pos++;
        JSObject object = realm.newObject();
        skipWhitespace();
        if (pos < text.length() && text.charAt(pos) == '}') {
            pos++;
            return object;
        }
        while (true) {
            skipWhitespace();
            if (pos >= text.length() || text.charAt(pos) != '"') {
                throw pos >= text.length() ? new Failure("Expected property name or '}' in JSON at position " + pos)
                                : (text.charAt(pos) == '}' ? unexpected() : new Failure("Expected property name or '}' in JSON at position " + pos));
            }
            String key = string();
            skipWhitespace();
            if (pos >= text.length() || text.charAt(pos) != ':') {
                throw new Failure("Expected ':' after property name in JSON at position " + pos);
            }
            pos++;
            Object value = value();
            object.putUncached(Strings.fromJava(key), value);
            skipWhitespace();
            if (pos >= text.length()) {
                throw new Failure("Expected ',' or '}' after property value in JSON at position " + pos);
            }
            char c = text.charAt(pos);
            if (c == '}') {
                pos++;
                return object;
            }
            if (c != ',') {
                throw new Failure("Expected ',' or '}' after property value in JSON at position " + pos);
            }
            pos++;
        }
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }
}
