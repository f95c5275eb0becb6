package org.gjs.lang.runtime;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * Node's util.format and util.inspect for the values gjs has so far: console output must match
 * node's byte for byte, because scripts and tests compare it.
 */
public final class Inspect {
    /** util.inspect's default depth: objects nested deeper print as [Object]. */
    private static final int MAX_DEPTH = 2;

    private Inspect() {
    }

    /** util.format over {@code values[from..]}: a leading format string, then the rest inspected, joined by spaces. */
    @TruffleBoundary
    public static String format(Object[] values, int from) {
        StringBuilder sb = new StringBuilder();
        int next = from;
        if (next < values.length && values[next] instanceof TruffleString first) {
            next = applyFormat(sb, Strings.toJava(first), values, next + 1);
        }
        for (int i = next; i < values.length; i++) {
            if (i > from) {
                sb.append(' ');
            }
            Object value = values[i];
            if (value instanceof TruffleString s) {
                sb.append(Strings.toJava(s));
            } else {
                sb.append(inspect(value, 0));
            }
        }
        return sb.toString();
    }

    private static int applyFormat(StringBuilder sb, String format, Object[] values, int firstArgument) {
        int next = firstArgument;
        int length = format.length();
        for (int i = 0; i < length; i++) {
            char c = format.charAt(i);
            if (c == '%' && i + 1 < length) {
                char spec = format.charAt(i + 1);
                if (spec == '%') {
                    sb.append('%');
                    i++;
                    continue;
                }
                if (next < values.length && "sdifjoOc".indexOf(spec) >= 0) {
                    Object value = values[next++];
                    i++;
                    switch (spec) {
                        case 's' -> sb.append(value instanceof TruffleString s ? Strings.toJava(s) : inspect(value, 1));
                        case 'd', 'i' -> {
                            double number = Conversions.toNumber(value);
                            sb.append(NumberFormat.toString(spec == 'i' ? truncate(number) : number));
                        }
                        case 'f' -> sb.append(NumberFormat.toString(Conversions.toNumber(value)));
                        case 'c' -> {
                            // CSS styling: consumed, prints nothing outside a browser.
                        }
                        default -> sb.append(inspect(value, 0));
                    }
                    continue;
                }
            }
            sb.append(c);
        }
        return next;
    }

    private static double truncate(double number) {
        return Double.isFinite(number) ? (number < 0 ? Math.ceil(number) : Math.floor(number)) : Double.NaN;
    }

    @TruffleBoundary
    public static String inspect(Object value, int depth) {
        if (value instanceof TruffleString s) {
            return quote(Strings.toJava(s));
        }
        if (value instanceof Integer i) {
            return Integer.toString(i);
        }
        if (value instanceof Double d) {
            return d == 0 && 1 / d < 0 ? "-0" : NumberFormat.toString(d);
        }
        if (value instanceof Boolean || value == Undefined.INSTANCE || value == Null.INSTANCE) {
            return value.toString();
        }
        if (value instanceof JSFunctionObject f) {
            String name = f.getData().getName();
            return name == null || name.isEmpty() ? "[Function (anonymous)]" : "[Function: " + name + "]";
        }
        if (value instanceof JSObject o) {
            if (o.kind() == ObjectKind.ERROR) {
                Object stack = o.getUncached(Strings.STACK);
                return stack instanceof TruffleString s ? Strings.toJava(s) : Strings.toJava(ErrorObjects.summary(o));
            }
            return inspectObject(o, depth);
        }
        return String.valueOf(value);
    }

    private static String inspectObject(JSObject object, int depth) {
        List<TruffleString> keys = EnumerableKeys.ownEnumerableStringKeys(object);
        String prefix = constructorPrefix(object);
        if (keys.isEmpty()) {
            return prefix + "{}";
        }
        if (depth > MAX_DEPTH) {
            return prefix.isEmpty() ? "[Object]" : "[" + prefix.strip() + "]";
        }
        StringBuilder sb = new StringBuilder(prefix).append("{ ");
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            String key = Strings.toJava(keys.get(i));
            sb.append(isIdentifier(key) ? key : quote(key)).append(": ").append(inspect(object.getUncached(keys.get(i)), depth + 1));
        }
        return sb.append(" }").toString();
    }

    /** Node names the constructor of objects made by one ("Point { x: 1 }"); plain objects and null-prototype ones differ. */
    private static String constructorPrefix(JSObject object) {
        Object prototype = object.getPrototypeUncached();
        if (!(prototype instanceof JSObject proto)) {
            return "[Object: null prototype] ";
        }
        if (proto.getUncached(Strings.CONSTRUCTOR) instanceof JSFunctionObject constructor) {
            String name = constructor.getData().getName();
            if (!name.equals("Object") && !name.isEmpty()) {
                return name + " ";
            }
        }
        return "";
    }

    private static boolean isIdentifier(String key) {
        if (key.isEmpty() || !(Character.isLetter(key.charAt(0)) || key.charAt(0) == '_' || key.charAt(0) == '$')) {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '$')) {
                return false;
            }
        }
        return true;
    }

    /** Node picks single quotes, else double, else backticks, whichever the string does not contain. */
    static String quote(String s) {
        char q = s.indexOf('\'') < 0 ? '\'' : s.indexOf('"') < 0 ? '"' : s.indexOf('`') < 0 ? '`' : '\'';
        StringBuilder sb = new StringBuilder().append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\u000B' -> sb.append("\\v");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c == q) {
                        sb.append('\\').append(c);
                    } else if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\x%02X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append(q).toString();
    }
}
