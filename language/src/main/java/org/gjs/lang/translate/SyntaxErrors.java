package org.gjs.lang.translate;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;
import org.gjs.lang.parser.JsSyntaxError;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.ErrorType;
import org.gjs.lang.runtime.JSException;
import org.gjs.lang.runtime.JSObject;
import org.gjs.lang.runtime.JSRealm;

/** Turns the parser's errors, and constructs gjs cannot run yet, into JS SyntaxErrors that point into the source. */
public final class SyntaxErrors {
    private SyntaxErrors() {
    }

    @TruffleBoundary
    public static JSException fromParser(JSRealm realm, Source source, JsSyntaxError error) {
        ErrorType type = "RangeError".equals(error.errorType()) ? ErrorType.RangeError : ErrorType.SyntaxError;
        return create(realm, source, type, error.rawMessage(), error.offset());
    }

    @TruffleBoundary
    static JSException unsupported(JSRealm realm, Source source, UnsupportedSyntax reason) {
        return create(realm, source, ErrorType.SyntaxError, reason.getMessage(), reason.offset);
    }

    private static JSException create(JSRealm realm, Source source, ErrorType type, String message, int offset) {
        int at = Math.max(0, Math.min(offset, source.getLength()));
        SourceSection section = source.createSection(at, at < source.getLength() ? 1 : 0);
        String where = source.getName() + ":" + section.getStartLine() + ":" + section.getStartColumn();
        JSObject error = ErrorObjects.create(realm, type, message + " (" + where + ")", null);
        return JSException.syntaxError(error, section);
    }
}
