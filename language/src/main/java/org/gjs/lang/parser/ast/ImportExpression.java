package org.gjs.lang.parser.ast;

/** ESTree ImportExpression. */
public record ImportExpression(int start, int end, Expression source, Expression options) implements Expression {
}
