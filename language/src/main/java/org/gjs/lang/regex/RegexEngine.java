package org.gjs.lang.regex;

import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * TRegex, the engine that runs gjs's regular expressions: compiles a pattern once per context and
 * runs it. A match is reported as the start and end of every group (-1 for groups that did not take part).
 */
public final class RegexEngine {
    private final TruffleLanguage.Env env;
    /** Compiled matchers by flags and pattern; the least recently used go when a program makes very many. */
    private final Map<String, Object> compiled = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > 1000;
        }
    };

    public RegexEngine(TruffleLanguage.Env env) {
        this.env = env;
    }

    /** The compiled matcher, or the error message TRegex gives for an invalid pattern (as a {@link String}). */
    @TruffleBoundary
    public Object compile(String pattern, String flags) {
        String key = flags + "/" + pattern;
        Object cached = compiled.get(key);
        if (cached != null) {
            return cached;
        }
        Source source = Source.newBuilder("regex", "Flavor=ECMAScript/" + pattern + "/" + flags, "regex").internal(true).build();
        Object regex;
        try {
            regex = env.parseInternal(source).call();
        } catch (AbstractTruffleException e) {
            return "Invalid regular expression: /" + pattern + "/" + flags + ": " + e.getMessage();
        }
        compiled.put(key, regex);
        return regex;
    }

    /** Group boundaries of the first match at or after {@code from}: [start0, end0, start1, end1, ...], or null. */
    @TruffleBoundary
    public static int[] exec(Object regex, TruffleString input, int from) {
        InteropLibrary interop = InteropLibrary.getUncached();
        try {
            Object result = interop.invokeMember(regex, "exec", input, from);
            if (!interop.asBoolean(interop.readMember(result, "isMatch"))) {
                return null;
            }
            int groups = interop.asInt(interop.readMember(regex, "groupCount"));
            int[] bounds = new int[groups * 2];
            for (int i = 0; i < groups; i++) {
                bounds[2 * i] = interop.asInt(interop.invokeMember(result, "getStart", i));
                bounds[2 * i + 1] = interop.asInt(interop.invokeMember(result, "getEnd", i));
            }
            return bounds;
        } catch (InteropException e) {
            throw new IllegalStateException("TRegex did not answer as documented", e);
        }
    }

    /** Named groups: name to group number (duplicate names in alternatives give the first). */
    @TruffleBoundary
    public static Map<String, Integer> namedGroups(Object regex) {
        InteropLibrary interop = InteropLibrary.getUncached();
        Map<String, Integer> names = new java.util.LinkedHashMap<>();
        try {
            Object groups = interop.readMember(regex, "groups");
            if (interop.isNull(groups) || !interop.hasMembers(groups)) {
                return names;
            }
            Object keys = interop.getMembers(groups);
            for (long i = 0; i < interop.getArraySize(keys); i++) {
                String name = interop.asString(interop.readArrayElement(keys, i));
                Object index = interop.readMember(groups, name);
                names.put(name, interop.hasArrayElements(index) ? interop.asInt(interop.readArrayElement(index, 0)) : interop.asInt(index));
            }
        } catch (InteropException e) {
            throw new IllegalStateException("TRegex did not answer as documented", e);
        }
        return names;
    }
}
