package org.gjs.lang.regex;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.source.Source;
import org.gjs.lang.parser.RegexValidator;

/**
 * Early errors of regular expression literals come from TRegex itself, the engine that will run
 * them, so the parser and the matcher can never disagree about what a pattern means.
 */
public final class TRegexValidator implements RegexValidator {
    private final TruffleLanguage.Env env;

    public TRegexValidator(TruffleLanguage.Env env) {
        this.env = env;
    }

    @Override
    @TruffleBoundary
    public String validate(String pattern, String flags) {
        Source source = Source.newBuilder("regex", "Flavor=ECMAScript,Validate=true/" + pattern + "/" + flags, "regex literal").internal(true).build();
        try {
            env.parseInternal(source);
            return null;
        } catch (AbstractTruffleException e) {
            // V8's wording: "Invalid regular expression: /(a/u: Unterminated group".
            return "Invalid regular expression: /" + pattern + "/" + flags + ": " + reason(e);
        }
    }

    private static String reason(AbstractTruffleException e) {
        InteropLibrary interop = InteropLibrary.getUncached(e);
        try {
            if (interop.hasExceptionMessage(e)) {
                return interop.asString(interop.getExceptionMessage(e));
            }
        } catch (UnsupportedMessageException unexpected) {
            // fall through to the exception's own message
        }
        return e.getMessage();
    }
}
