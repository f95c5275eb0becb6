package org.gjs.lang.parser.ast;

/**
 * ESTree Literal. {@code value} is a {@link Double} for numbers, a {@link String}, a {@link Boolean}, or null (for
 * null, BigInt and regex literals). {@code bigint} holds the BigInt digits in decimal-or-prefixed source form
 * without separators and without the trailing {@code n} (e.g. "0x1F"), {@code regexPattern}/{@code regexFlags}
 * hold a regex literal's parts. {@code raw} is the source text.
 */
public record Literal(int start, int end, Kind kind, Object value, String raw, String bigint, String regexPattern,
                      String regexFlags) implements Expression {
    public enum Kind { NULL, BOOLEAN, NUMBER, STRING, BIGINT, REGEX }

    public boolean isString() { return kind == Kind.STRING; }

    public String stringValue() { return (String) value; }
}
