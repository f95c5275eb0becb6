package org.gjs.lang.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

/** JS strings are UTF-16 {@link TruffleString}s; these helpers are for constants and slow paths. */
public final class Strings {
    public static final TruffleString.Encoding ENCODING = TruffleString.Encoding.UTF_16;
    public static final TruffleString EMPTY = constant("");
    public static final TruffleString UNDEFINED = constant("undefined");
    public static final TruffleString NULL = constant("null");
    public static final TruffleString TRUE = constant("true");
    public static final TruffleString FALSE = constant("false");
    public static final TruffleString LENGTH = constant("length");
    public static final TruffleString NAME = constant("name");
    public static final TruffleString MESSAGE = constant("message");
    public static final TruffleString STACK = constant("stack");
    public static final TruffleString PROTOTYPE = constant("prototype");
    public static final TruffleString CONSTRUCTOR = constant("constructor");

    private Strings() {
    }

    public static TruffleString constant(String s) {
        return TruffleString.fromJavaStringUncached(s, ENCODING);
    }

    /** ECMAScript WhiteSpace or LineTerminator: what trim, Number() and parseInt skip. */
    public static boolean isWhiteSpace(char c) {
        return switch (c) {
            case '\t', '\n', '\u000B', '\f', '\r', ' ', '\u00A0', '\u1680', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000', '\uFEFF' -> true;
            default -> c >= '\u2000' && c <= '\u200A';
        };
    }

    public static String trimStart(String s) {
        int i = 0;
        while (i < s.length() && isWhiteSpace(s.charAt(i))) {
            i++;
        }
        return s.substring(i);
    }

    public static String trimEnd(String s) {
        int i = s.length();
        while (i > 0 && isWhiteSpace(s.charAt(i - 1))) {
            i--;
        }
        return s.substring(0, i);
    }

    @TruffleBoundary
    public static TruffleString fromJava(String s) {
        return TruffleString.fromJavaStringUncached(s, ENCODING);
    }

    @TruffleBoundary
    public static String toJava(TruffleString s) {
        return s.toJavaStringUncached();
    }

    @TruffleBoundary
    public static TruffleString concat(TruffleString a, TruffleString b) {
        return a.concatUncached(b, ENCODING, true);
    }
}
