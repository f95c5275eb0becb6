package org.gjs.lang.parser;

/** A syntax (or early) error found by the parser. */
public final class JsSyntaxError extends RuntimeException {
    private final String errorType;
    private final String rawMessage;
    private final int offset;
    private final int line;
    private final int column;
    private final String fileName;

    public JsSyntaxError(String errorType, String rawMessage, String fileName, int offset, int line, int column) {
        super(rawMessage + " (" + fileName + ":" + line + ":" + column + ")", null, false, false);
        this.errorType = errorType;
        this.rawMessage = rawMessage;
        this.offset = offset;
        this.line = line;
        this.column = column;
        this.fileName = fileName;
    }

    /** "SyntaxError" normally; "RangeError" for nesting too deep to parse. */
    public String errorType() { return errorType; }

    public String rawMessage() { return rawMessage; }

    public int offset() { return offset; }

    /** 1-based. */
    public int line() { return line; }

    /** 1-based, in UTF-16 units. */
    public int column() { return column; }

    public String fileName() { return fileName; }
}
