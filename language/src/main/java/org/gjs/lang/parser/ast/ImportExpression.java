package org.gjs.lang.parser.ast;

/** ESTree ImportExpression. phase: null, "source" or "defer" (import.source(...)/import.defer(...)). */
public record ImportExpression(int start, int end, Expression source, Expression options, String phase) implements Expression {
}
