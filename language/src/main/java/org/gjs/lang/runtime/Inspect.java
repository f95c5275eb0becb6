package org.gjs.lang.runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * Node's util.format and util.inspect (default options: depth 2, breakLength 80, compact 3) for
 * the values gjs has: console output must match node's byte for byte, because scripts and tests
 * compare it. The line-breaking rules follow node's lib/internal/util/inspect.js: an object goes on
 * one line when it fits in 80 columns and its innermost three levels are all it contains; arrays
 * of more than six entries are grouped into columns.
 */
public final class Inspect {
    private static final int DEPTH = 2;
    private static final int BREAK_LENGTH = 80;
    private static final int COMPACT = 3;
    private static final int MAX_ARRAY_LENGTH = 100;

    private int indentationLvl;
    private int currentDepth;
    private final List<Object> seen = new ArrayList<>();
    private final Map<Object, Integer> circular = new IdentityHashMap<>();

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

    /** util.inspect(value) as at nesting level {@code depth} (strings are quoted). */
    @TruffleBoundary
    public static String inspect(Object value, int depth) {
        return new Inspect().formatValue(value, depth);
    }

    private String formatValue(Object value, int recurseTimes) {
        if (!(value instanceof JSObject object)) {
            return formatPrimitive(value);
        }
        if (seen.contains(object)) {
            int index = circular.computeIfAbsent(object, o -> circular.size() + 1);
            return "[Circular *" + index + "]";
        }
        String result = formatRaw(object, recurseTimes);
        Integer index = circular.get(object);
        return index == null ? result : "<ref *" + index + "> " + result;
    }

    private static String formatPrimitive(Object value) {
        if (value instanceof TruffleString s) {
            return quote(Strings.toJava(s));
        }
        if (value instanceof Double d && d == 0 && 1 / d < 0) {
            return "-0";
        }
        return Strings.toJava(Conversions.toStringUncached(value));
    }

    private String formatRaw(JSObject object, int recurseTimes) {
        List<TruffleString> keys = EnumerableKeys.ownEnumerableStringKeys(object);
        String constructor = constructorName(object);
        String base = "";
        String open;
        boolean array = object instanceof JSArrayObject;
        if (array) {
            JSArrayObject a = (JSArrayObject) object;
            String prefix = "Array".equals(constructor) ? "" : prefix(constructor, "Array", "(" + a.length() + ")");
            open = prefix + "[";
            if (a.length() == 0 && keys.isEmpty()) {
                return open + "]";
            }
        } else if (object instanceof JSFunctionObject function) {
            String name = function.getData().getName();
            if (function.getData().isClassConstructor()) {
                Object parent = function.getPrototypeUncached();
                String extendsClause = parent instanceof JSFunctionObject p ? " extends " + (p.getData().getName().isEmpty() ? "(anonymous)" : p.getData().getName()) : "";
                base = "[class " + (name == null || name.isEmpty() ? "(anonymous)" : name) + extendsClause + "]";
            } else {
                base = name == null || name.isEmpty() ? "[Function (anonymous)]" : "[Function: " + name + "]";
            }
            if (keys.isEmpty()) {
                return base;
            }
            open = "{";
        } else if (object instanceof JSRegExpObject regexp) {
            base = "/" + regexp.source() + "/" + regexp.flags();
            if (keys.isEmpty()) {
                return base;
            }
            open = "{";
        } else if (object.kind() == ObjectKind.ERROR) {
            Object stack = object.getUncached(Strings.STACK);
            base = stack instanceof TruffleString s ? Strings.toJava(s) : Strings.toJava(ErrorObjects.summary(object));
            if (keys.isEmpty()) {
                return base;
            }
            open = "{";
        } else {
            open = "Object".equals(constructor) ? "{" : prefix(constructor, "Object", "") + "{";
            if (keys.isEmpty()) {
                return open + "}";
            }
        }
        if (recurseTimes > DEPTH) {
            String name = constructor == null ? (array ? "Array" : "Object") : constructor;
            return constructor == null ? "[" + name + ": null prototype]" : "[" + name + "]";
        }
        int depth = recurseTimes + 1;
        seen.add(object);
        currentDepth = depth;
        List<String> output = new ArrayList<>();
        if (array) {
            formatArray((JSArrayObject) object, depth, output);
        }
        for (TruffleString key : keys) {
            Object raw = object.getOwnRawUncached(key);
            if (raw instanceof Accessor accessor) {
                String kind = accessor.getter() instanceof JSFunctionObject ? (accessor.setter() instanceof JSFunctionObject ? "[Getter/Setter]" : "[Getter]") : "[Setter]";
                output.add((isIdentifier(Strings.toJava(key)) ? Strings.toJava(key) : quote(Strings.toJava(key))) + ": " + kind);
            } else {
                output.add(formatProperty(key, raw, depth));
            }
        }
        seen.remove(seen.size() - 1);
        return reduceToSingleString(output, base, open, array ? "]" : "}", array, depth, object);
    }

    /** Node's getPrefix: "Point ", "Array(3) " for a subclass, "[Object: null prototype] " without a constructor. */
    private static String prefix(String constructor, String fallback, String size) {
        if (constructor == null) {
            return "[" + fallback + size + ": null prototype] ";
        }
        return constructor + size + " ";
    }

    /** The name of the nearest constructor on the prototype chain, or null for a null-prototype object. */
    private static String constructorName(JSObject object) {
        Object current = object.getPrototypeUncached();
        if (!(current instanceof JSObject)) {
            return null;
        }
        while (current instanceof JSObject proto) {
            if (proto.getUncached(Strings.CONSTRUCTOR) instanceof JSFunctionObject constructor) {
                String name = constructor.getData().getName();
                if (name != null && !name.isEmpty()) {
                    return name;
                }
            }
            current = proto.getPrototypeUncached();
        }
        return "Object"; // Object.prototype has no constructor property until the Object global exists
    }

    private void formatArray(JSArrayObject array, int depth, List<String> output) {
        int length = Math.min(MAX_ARRAY_LENGTH, array.length());
        int i = 0;
        while (i < length) {
            Object element = array.get(i);
            if (element == null) {
                int holes = 0;
                while (i < array.length() && array.get(i) == null) {
                    holes++;
                    i++;
                }
                output.add("<" + holes + " empty item" + (holes > 1 ? "s" : "") + ">");
                continue;
            }
            output.add(formatChild(element, depth));
            i++;
        }
        int remaining = array.length() - i;
        if (remaining > 0) {
            output.add("... " + remaining + " more item" + (remaining > 1 ? "s" : ""));
        }
    }

    private String formatChild(Object value, int depth) {
        indentationLvl += 2;
        try {
            return formatValue(value, depth);
        } finally {
            indentationLvl -= 2;
        }
    }

    private String formatProperty(TruffleString key, Object value, int depth) {
        String name = Strings.toJava(key);
        return (isIdentifier(name) ? name : quote(name)) + ": " + formatChild(value, depth);
    }

    private String reduceToSingleString(List<String> output, String base, String open, String close, boolean array, int recurseTimes, JSObject value) {
        int entries = output.size();
        if (array && entries > 6) {
            output = groupArrayElements(output, (JSArrayObject) value);
        }
        if (currentDepth - recurseTimes < COMPACT && entries == output.size()) {
            int start = output.size() + indentationLvl + open.length() + base.length() + 10;
            if (isBelowBreakLength(output, start, base)) {
                String joined = String.join(", ", output);
                if (joined.indexOf('\n') < 0) {
                    return (base.isEmpty() ? "" : base + " ") + open + " " + joined + " " + close;
                }
            }
        }
        String indentation = "\n" + " ".repeat(indentationLvl);
        return (base.isEmpty() ? "" : base + " ") + open + indentation + "  " + String.join("," + indentation + "  ", output) + indentation + close;
    }

    private static boolean isBelowBreakLength(List<String> output, int start, String base) {
        int totalLength = output.size() + start;
        if (totalLength + output.size() > BREAK_LENGTH) {
            return false;
        }
        for (String entry : output) {
            totalLength += entry.length();
            if (totalLength > BREAK_LENGTH) {
                return false;
            }
        }
        return base.isEmpty() || base.indexOf('\n') < 0;
    }

    /** Node's groupArrayElements: many short entries become rows of aligned columns. */
    private List<String> groupArrayElements(List<String> output, JSArrayObject array) {
        int totalLength = 0;
        int maxLength = 0;
        int outputLength = output.size();
        if (array.length() > MAX_ARRAY_LENGTH && outputLength > 0) {
            outputLength--; // the "... more items" entry stays on its own
        }
        int separatorSpace = 2;
        int[] dataLen = new int[outputLength];
        for (int i = 0; i < outputLength; i++) {
            int len = output.get(i).length();
            dataLen[i] = len;
            totalLength += len + separatorSpace;
            maxLength = Math.max(maxLength, len);
        }
        int actualMax = maxLength + separatorSpace;
        if (actualMax * 3 + indentationLvl < BREAK_LENGTH && ((double) totalLength / actualMax > 5 || maxLength <= 6)) {
            double averageBias = Math.sqrt(actualMax - (double) totalLength / output.size());
            double biasedMax = Math.max(actualMax - 3 - averageBias, 1);
            int columns = (int) Math.min(Math.min(Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax), Math.floor((BREAK_LENGTH - indentationLvl) / (double) actualMax)),
                            Math.min(COMPACT * 4, 15));
            if (columns <= 1) {
                return output;
            }
            List<Integer> maxLineLength = new ArrayList<>();
            for (int i = 0; i < columns; i++) {
                int lineLength = 0;
                for (int j = i; j < output.size(); j += columns) {
                    if (j < outputLength && dataLen[j] > lineLength) {
                        lineLength = dataLen[j];
                    }
                }
                maxLineLength.add(lineLength + separatorSpace);
            }
            boolean padStart = true;
            for (int i = 0; i < output.size(); i++) {
                Object element = i < array.length() ? array.get(i) : null;
                if (!(element instanceof Integer || element instanceof Double)) {
                    padStart = false;
                    break;
                }
            }
            List<String> grouped = new ArrayList<>();
            for (int i = 0; i < outputLength; i += columns) {
                int max = Math.min(i + columns, outputLength);
                StringBuilder line = new StringBuilder();
                int j = i;
                for (; j < max - 1; j++) {
                    String cell = output.get(j) + ", ";
                    line.append(padStart ? padStart(cell, maxLineLength.get(j - i)) : padEnd(cell, maxLineLength.get(j - i)));
                }
                if (padStart) {
                    line.append(padStart(output.get(j), maxLineLength.get(j - i) - separatorSpace));
                } else {
                    line.append(output.get(j));
                }
                grouped.add(line.toString());
            }
            for (int i = outputLength; i < output.size(); i++) {
                grouped.add(output.get(i));
            }
            return grouped;
        }
        return output;
    }

    private static String padStart(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    private static String padEnd(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    /** Node prints a key bare when it matches /^[a-zA-Z_][a-zA-Z_0-9]*$/, else quoted. */
    private static boolean isIdentifier(String key) {
        if (key.isEmpty() || !(isAsciiLetter(key.charAt(0)) || key.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(isAsciiLetter(c) || c == '_' || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
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
