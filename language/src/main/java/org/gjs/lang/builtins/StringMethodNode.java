package org.gjs.lang.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.strings.TruffleString;
import org.gjs.lang.GjsContext;
import org.gjs.lang.runtime.Conversions;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.ErrorType;
import org.gjs.lang.runtime.JSArrayObject;
import org.gjs.lang.runtime.JSFunctionObject;
import org.gjs.lang.runtime.JSRealm;
import org.gjs.lang.runtime.JSRegExpObject;
import org.gjs.lang.runtime.Null;
import org.gjs.lang.runtime.Strings;
import org.gjs.lang.runtime.Undefined;

/**
 * String.prototype methods; patterns are strings or RegExp objects (run by TRegex). Indices are UTF-16
 * code units, as in Java strings.
 */
final class StringMethodNode extends BuiltinNode {
    enum Method implements Builtin.Named {
        CHAR_AT("charAt", 1), CHAR_CODE_AT("charCodeAt", 1), CODE_POINT_AT("codePointAt", 1), AT("at", 1),
        INDEX_OF("indexOf", 1), LAST_INDEX_OF("lastIndexOf", 1), INCLUDES("includes", 1), STARTS_WITH("startsWith", 1), ENDS_WITH("endsWith", 1),
        SLICE("slice", 2), SUBSTRING("substring", 2), SUBSTR("substr", 2),
        TO_UPPER_CASE("toUpperCase", 0), TO_LOWER_CASE("toLowerCase", 0), TRIM("trim", 0), TRIM_START("trimStart", 0), TRIM_END("trimEnd", 0),
        PAD_START("padStart", 2), PAD_END("padEnd", 2), REPEAT("repeat", 1), CONCAT("concat", 1),
        SPLIT("split", 2), REPLACE("replace", 2), REPLACE_ALL("replaceAll", 2), TO_STRING("toString", 0), VALUE_OF("valueOf", 0),
        LOCALE_COMPARE("localeCompare", 1), MATCH("match", 1), SEARCH("search", 1);

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

    static Builtin[] all() {
        return Builtin.of(StringMethodNode::new, Method.values());
    }

    private final Method method;

    private StringMethodNode(Method method) {
        this.method = method;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object self = thisValue(frame);
        if (self == Undefined.INSTANCE || self == Null.INSTANCE) {
            throw ErrorObjects.raise(realm(), ErrorType.TypeError, "String.prototype." + method.jsName + " called on null or undefined", this);
        }
        return run(realm(), Strings.toJava(Conversions.toStringUncached(self)), argument(frame, 0), argument(frame, 1), frame.getArguments());
    }

    private JSRealm realm() {
        return GjsContext.get(this).getRealm();
    }

    @TruffleBoundary
    private Object run(JSRealm realm, String s, Object a, Object b, Object[] frameArguments) {
        int n = s.length();
        return switch (method) {
            case CHAR_AT -> {
                int i = integer(a, 0);
                yield i >= 0 && i < n ? str(String.valueOf(s.charAt(i))) : Strings.EMPTY;
            }
            case CHAR_CODE_AT -> {
                int i = integer(a, 0);
                yield i >= 0 && i < n ? (Object) (int) s.charAt(i) : (Object) Double.NaN;
            }
            case CODE_POINT_AT -> {
                int i = integer(a, 0);
                yield i >= 0 && i < n ? (Object) s.codePointAt(i) : Undefined.INSTANCE;
            }
            case AT -> {
                int i = integer(a, 0);
                int at = i < 0 ? n + i : i;
                yield at >= 0 && at < n ? str(String.valueOf(s.charAt(at))) : Undefined.INSTANCE;
            }
            case INDEX_OF -> s.indexOf(text(a), clamp(integer(b, 0), n));
            case LAST_INDEX_OF -> {
                double position = b == Undefined.INSTANCE ? Double.NaN : Conversions.toNumber(b);
                yield s.lastIndexOf(text(a), Double.isNaN(position) ? n : clamp((int) position, n));
            }
            case INCLUDES -> s.indexOf(text(a), clamp(integer(b, 0), n)) >= 0;
            case STARTS_WITH -> s.startsWith(text(a), clamp(integer(b, 0), n));
            case ENDS_WITH -> {
                int end = b == Undefined.INSTANCE ? n : clamp(integer(b, 0), n);
                yield s.substring(0, end).endsWith(text(a));
            }
            case SLICE -> {
                int from = ArrayMethods.relativeIndex(a, n, 0);
                int to = ArrayMethods.relativeIndex(b, n, n);
                yield str(from < to ? s.substring(from, to) : "");
            }
            case SUBSTRING -> {
                int from = clamp(integer(a, 0), n);
                int to = b == Undefined.INSTANCE ? n : clamp(integer(b, 0), n);
                yield str(s.substring(Math.min(from, to), Math.max(from, to)));
            }
            case SUBSTR -> {
                int from = ArrayMethods.relativeIndex(a, n, 0);
                int count = b == Undefined.INSTANCE ? n - from : Math.max(0, Math.min(integer(b, 0), n - from));
                yield str(s.substring(from, from + count));
            }
            case TO_UPPER_CASE -> str(s.toUpperCase(java.util.Locale.ROOT));
            case TO_LOWER_CASE -> str(s.toLowerCase(java.util.Locale.ROOT));
            case TRIM -> str(Strings.trimStart(Strings.trimEnd(s)));
            case TRIM_START -> str(Strings.trimStart(s));
            case TRIM_END -> str(Strings.trimEnd(s));
            case PAD_START, PAD_END -> {
                checkLength(realm, integer(a, 0));
                yield pad(s, a, b, method == Method.PAD_START);
            }
            case REPEAT -> {
                double count = Conversions.toNumber(a);
                if (count < 0 || Double.isInfinite(count)) {
                    throw ErrorObjects.raise(realm, ErrorType.RangeError, "Invalid count value: " + Strings.toJava(Conversions.toStringUncached(a)), this);
                }
                checkLength(realm, s.length() * count);
                yield str(s.repeat((int) count));
            }
            case CONCAT -> {
                StringBuilder sb = new StringBuilder(s);
                for (int i = JSFunctionObject.ARGUMENTS_OFFSET; i < frameArguments.length; i++) {
                    sb.append(text(frameArguments[i]));
                }
                yield str(sb.toString());
            }
            case SPLIT -> a instanceof JSRegExpObject regexp ? regexSplit(realm, s, regexp, b) : split(realm, s, a, b);
            case REPLACE, REPLACE_ALL -> replace(s, a, b, method == Method.REPLACE_ALL);
            case TO_STRING, VALUE_OF -> str(s);
            case LOCALE_COMPARE -> Integer.signum(s.compareTo(text(a)));
            case MATCH -> match(realm, s, a);
            case SEARCH -> {
                JSRegExpObject regexp = a instanceof JSRegExpObject r ? r : RegExps.create(GjsContext.get(this), a == Undefined.INSTANCE ? "(?:)" : text(a), "", this);
                int[] bounds = RegExps.boundsAt(regexp, str(s), 0);
                yield bounds == null ? -1 : bounds[0];
            }
        };
    }

    /** V8's longest string: longer results are a RangeError, not an out-of-memory crash. */
    private static final double MAX_STRING_LENGTH = (1 << 29) - 24;

    private String checkLength(JSRealm realm, double length) {
        if (length > MAX_STRING_LENGTH) {
            throw ErrorObjects.raise(realm, ErrorType.RangeError, "Invalid string length", this);
        }
        return "";
    }

    private static TruffleString str(String s) {
        return Strings.fromJava(s);
    }

    private static String text(Object value) {
        return Strings.toJava(Conversions.toStringUncached(value));
    }

    private static int integer(Object value, int defaultValue) {
        if (value == Undefined.INSTANCE) {
            return defaultValue;
        }
        double d = Conversions.toNumber(value);
        if (Double.isNaN(d)) {
            return 0;
        }
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, d < 0 ? Math.ceil(d) : Math.floor(d)));
    }

    private static int clamp(int value, int length) {
        return Math.max(0, Math.min(value, length));
    }

    private static TruffleString pad(String s, Object maxLength, Object fill, boolean atStart) {
        int target = integer(maxLength, 0);
        String filler = fill == Undefined.INSTANCE ? " " : text(fill);
        if (target <= s.length() || filler.isEmpty()) {
            return str(s);
        }
        StringBuilder padding = new StringBuilder();
        while (padding.length() < target - s.length()) {
            padding.append(filler);
        }
        padding.setLength(target - s.length());
        return str(atStart ? padding + s : s + padding);
    }

    private JSArrayObject split(JSRealm realm, String s, Object separator, Object limitValue) {
        JSArrayObject result = JSArrayObject.createEmpty(realm);
        long limit = limitValue == Undefined.INSTANCE ? 0xFFFFFFFFL : (long) Conversions.toNumber(limitValue) & 0xFFFFFFFFL;
        if (limit == 0) {
            return result;
        }
        if (separator == Undefined.INSTANCE) {
            result.set(0, str(s));
            return result;
        }
        String sep = text(separator);
        if (sep.isEmpty()) {
            for (int i = 0; i < s.length() && result.length() < limit; i++) {
                result.set(i, str(String.valueOf(s.charAt(i))));
            }
            return result;
        }
        int start = 0;
        int at;
        while ((at = s.indexOf(sep, start)) >= 0 && result.length() < limit) {
            result.set(result.length(), str(s.substring(start, at)));
            start = at + sep.length();
        }
        if (result.length() < limit) {
            result.set(result.length(), str(s.substring(start)));
        }
        return result;
    }

    /** String.prototype.match: the exec result, or for a global regexp every match (null when none). */
    private Object match(JSRealm realm, String s, Object pattern) {
        JSRegExpObject regexp = pattern instanceof JSRegExpObject r ? r : RegExps.create(GjsContext.get(this), pattern == Undefined.INSTANCE ? "(?:)" : text(pattern), "", this);
        if (!regexp.hasFlag('g')) {
            return RegExps.exec(realm, regexp, str(s));
        }
        JSArrayObject matches = JSArrayObject.createEmpty(realm);
        TruffleString input = str(s);
        int from = 0;
        int[] bounds;
        while (from <= s.length() && (bounds = RegExps.boundsAt(regexp, input, from)) != null) {
            matches.set(matches.length(), str(s.substring(bounds[0], bounds[1])));
            from = bounds[1] == bounds[0] ? bounds[1] + 1 : bounds[1];
        }
        regexp.putUncached(RegExps.LAST_INDEX, 0);
        return matches.length() == 0 ? Null.INSTANCE : matches;
    }

    /** Split by a regexp: captured groups go into the result between the pieces, as the spec's @@split does. */
    private JSArrayObject regexSplit(JSRealm realm, String s, JSRegExpObject regexp, Object limitValue) {
        JSArrayObject result = JSArrayObject.createEmpty(realm);
        long limit = limitValue == Undefined.INSTANCE ? 0xFFFFFFFFL : (long) Conversions.toNumber(limitValue) & 0xFFFFFFFFL;
        if (limit == 0) {
            return result;
        }
        TruffleString input = str(s);
        if (s.isEmpty()) {
            int[] bounds = RegExps.boundsAt(regexp, input, 0);
            if (bounds == null || bounds[0] != 0 || bounds[1] != 0) {
                result.set(0, input);
            }
            return result;
        }
        int start = 0;
        int position = 0;
        while (position < s.length()) {
            int[] bounds = RegExps.boundsAt(regexp, input, position);
            if (bounds == null) {
                break;
            }
            int end = bounds[1];
            if (end == bounds[0] && bounds[0] >= s.length()) {
                break;
            }
            if (end == start || bounds[0] == bounds[1] && bounds[0] == start) {
                position = Math.max(bounds[0], position) + 1;
                continue;
            }
            result.set(result.length(), str(s.substring(start, bounds[0])));
            if (result.length() >= limit) {
                return result;
            }
            for (int g = 1; g < bounds.length / 2; g++) {
                result.set(result.length(), RegExps.group(input, bounds, g));
                if (result.length() >= limit) {
                    return result;
                }
            }
            start = end;
            position = end == bounds[0] ? end + 1 : end;
        }
        result.set(result.length(), str(s.substring(start)));
        return result;
    }

    /** A regexp pattern: every match for a global one, else the first; $1, $<name>, $&, $`, $' and functions (match, groups..., offset, string). */
    private Object regexReplace(String s, JSRegExpObject regexp, Object replacement, boolean all) {
        if (all && !regexp.hasFlag('g')) {
            throw ErrorObjects.raise(realm(), ErrorType.TypeError, "String.prototype.replaceAll called with a non-global RegExp argument", this);
        }
        boolean global = regexp.hasFlag('g');
        TruffleString input = str(s);
        java.util.Map<String, Integer> names = org.gjs.lang.regex.RegexEngine.namedGroups(regexp.compiled());
        StringBuilder sb = new StringBuilder();
        int start = global ? 0 : Math.max(0, (int) Conversions.toNumber(regexp.hasFlag('y') ? regexp.getUncached(RegExps.LAST_INDEX) : 0));
        int position = start;
        int copied = 0;
        int[] bounds;
        while (position <= s.length() && (bounds = RegExps.boundsAt(regexp, input, position)) != null) {
            sb.append(s, copied, bounds[0]);
            String matched = s.substring(bounds[0], bounds[1]);
            if (replacement instanceof JSFunctionObject function) {
                int groups = bounds.length / 2;
                Object[] args = new Object[JSFunctionObject.ARGUMENTS_OFFSET + groups + 2 + (names.isEmpty() ? 0 : 1)];
                args[JSFunctionObject.CALLEE_INDEX] = function;
                args[JSFunctionObject.THIS_INDEX] = Undefined.INSTANCE;
                for (int g = 0; g < groups; g++) {
                    args[JSFunctionObject.ARGUMENTS_OFFSET + g] = RegExps.group(input, bounds, g);
                }
                args[JSFunctionObject.ARGUMENTS_OFFSET + groups] = bounds[0];
                args[JSFunctionObject.ARGUMENTS_OFFSET + groups + 1] = input;
                if (!names.isEmpty()) {
                    org.gjs.lang.runtime.JSObject groupsObject = realm().newObject();
                    for (var name : names.entrySet()) {
                        groupsObject.putUncached(Strings.fromJava(name.getKey()), RegExps.group(input, bounds, name.getValue()));
                    }
                    args[args.length - 1] = groupsObject;
                }
                sb.append(text(function.getData().getCallTarget().call(args)));
            } else {
                sb.append(expandGroups(text(replacement), s, bounds, names));
            }
            copied = bounds[1];
            if (!global) {
                break;
            }
            position = bounds[1] == bounds[0] ? bounds[1] + 1 : bounds[1];
        }
        sb.append(s.substring(Math.min(copied, s.length())));
        return str(sb.toString());
    }

    private static String expandGroups(String template, String s, int[] bounds, java.util.Map<String, Integer> names) {
        StringBuilder sb = new StringBuilder();
        int groups = bounds.length / 2;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '$' || i + 1 >= template.length()) {
                sb.append(c);
                continue;
            }
            char next = template.charAt(i + 1);
            if (next == '$') {
                sb.append('$');
                i++;
            } else if (next == '&') {
                sb.append(s, bounds[0], bounds[1]);
                i++;
            } else if (next == '`') {
                sb.append(s, 0, bounds[0]);
                i++;
            } else if (next == '\'') {
                sb.append(s.substring(bounds[1]));
                i++;
            } else if (Character.isDigit(next)) {
                int digits = i + 2 < template.length() && Character.isDigit(template.charAt(i + 2)) && (next - '0') * 10 + (template.charAt(i + 2) - '0') < groups ? 2 : 1;
                int group = Integer.parseInt(template.substring(i + 1, i + 1 + digits));
                if (group >= 1 && group < groups) {
                    if (bounds[2 * group] >= 0) {
                        sb.append(s, bounds[2 * group], bounds[2 * group + 1]);
                    }
                    i += digits;
                } else {
                    sb.append(c);
                }
            } else if (next == '<' && !names.isEmpty() && template.indexOf('>', i) > 0) {
                int close = template.indexOf('>', i);
                Integer group = names.get(template.substring(i + 2, close));
                if (group != null && bounds[2 * group] >= 0) {
                    sb.append(s, bounds[2 * group], bounds[2 * group + 1]);
                }
                i = close;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** String patterns; a function replacement gets (match, offset, string); "$&", "$`", "$'" and "$$" are expanded. */
    private Object replace(String s, Object pattern, Object replacement, boolean all) {
        if (pattern instanceof JSRegExpObject regexp) {
            return regexReplace(s, regexp, replacement, all);
        }
        if (!(pattern instanceof TruffleString) && pattern instanceof org.gjs.lang.runtime.JSObject) {
            throw ErrorObjects.raise(realm(), ErrorType.TypeError, "String.prototype." + method.jsName + " with an object pattern is not supported by gjs yet", this);
        }
        String search = text(pattern);
        StringBuilder sb = new StringBuilder();
        int start = 0;
        int at = s.indexOf(search);
        while (at >= 0) {
            sb.append(s, start, at);
            if (replacement instanceof JSFunctionObject function) {
                Object result = function.getData().getCallTarget().call(function, Undefined.INSTANCE, str(search), at, str(s));
                sb.append(text(result));
            } else {
                sb.append(expand(text(replacement), search, s, at));
            }
            start = at + search.length();
            if (!all) {
                break;
            }
            at = s.indexOf(search, search.isEmpty() ? start + 1 : start);
            if (search.isEmpty() && start >= s.length()) {
                break;
            }
        }
        sb.append(s.substring(Math.min(start, s.length())));
        return str(sb.toString());
    }

    private static String expand(String template, String match, String s, int position) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '$' && i + 1 < template.length()) {
                char next = template.charAt(i + 1);
                switch (next) {
                    case '$' -> sb.append('$');
                    case '&' -> sb.append(match);
                    case '`' -> sb.append(s, 0, position);
                    case '\'' -> sb.append(s.substring(Math.min(s.length(), position + match.length())));
                    default -> {
                        sb.append(c);
                        continue;
                    }
                }
                i++;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
