package org.gjs.lang.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.SourceSection;

/** A thrown JS value travelling up the Java stack: {@code throw v} and every error the engine raises. */
@ExportLibrary(InteropLibrary.class)
public final class JSException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    final transient Object value;
    /** For errors found before the program runs (syntax errors): where in the source, since there is no node yet. */
    private final transient SourceSection syntaxErrorLocation;

    public JSException(Object value, Node location) {
        super(location);
        this.value = value;
        this.syntaxErrorLocation = null;
    }

    private JSException(Object value, SourceSection syntaxErrorLocation) {
        super((Node) null);
        this.value = value;
        this.syntaxErrorLocation = syntaxErrorLocation;
    }

    /** A SyntaxError found while parsing: reported to embedders as a parse error at {@code location}. */
    public static JSException syntaxError(Object errorObject, SourceSection location) {
        return new JSException(errorObject, location);
    }

    public Object getValue() {
        return value;
    }

    /** What a host sees as the message: node's first line of an uncaught error ("TypeError: x is not a function"). */
    @Override
    @TruffleBoundary
    public String getMessage() {
        if (value instanceof JSObject object && object.kind() == ObjectKind.ERROR) {
            return Strings.toJava(ErrorObjects.summary(object));
        }
        return Strings.toJava(Conversions.toDisplayStringUncached(value));
    }

    /** The thrown error's properties (message, stack, code) stay readable to hosts through the exception. */
    @ExportMessage
    boolean hasMembers() {
        return value instanceof JSObject;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(boolean includeInternal) throws com.oracle.truffle.api.interop.UnsupportedMessageException {
        return InteropLibrary.getUncached().getMembers(value, includeInternal);
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return value instanceof JSObject && InteropLibrary.getUncached().isMemberReadable(value, member);
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws com.oracle.truffle.api.interop.UnsupportedMessageException, com.oracle.truffle.api.interop.UnknownIdentifierException {
        return InteropLibrary.getUncached().readMember(value, member);
    }

    @ExportMessage
    boolean isException() {
        return true;
    }

    @ExportMessage
    RuntimeException throwException() {
        throw this;
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        return syntaxErrorLocation != null ? ExceptionType.PARSE_ERROR : ExceptionType.RUNTIME_ERROR;
    }

    @ExportMessage
    boolean hasExceptionMessage() {
        return true;
    }

    @ExportMessage
    Object getExceptionMessage() {
        return getMessage();
    }

    @ExportMessage
    boolean hasSourceLocation() {
        return syntaxErrorLocation != null || getLocation() != null && getLocation().getEncapsulatingSourceSection() != null;
    }

    @ExportMessage
    @TruffleBoundary
    SourceSection getSourceLocation() throws com.oracle.truffle.api.interop.UnsupportedMessageException {
        if (syntaxErrorLocation != null) {
            return syntaxErrorLocation;
        }
        Node location = getLocation();
        SourceSection section = location == null ? null : location.getEncapsulatingSourceSection();
        if (section == null) {
            throw com.oracle.truffle.api.interop.UnsupportedMessageException.create();
        }
        return section;
    }
}
