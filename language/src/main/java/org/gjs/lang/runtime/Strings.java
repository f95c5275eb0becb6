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
