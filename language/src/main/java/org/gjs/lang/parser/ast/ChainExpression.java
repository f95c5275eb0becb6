package org.gjs.lang.parser.ast;

/** ESTree ChainExpression. */
public record ChainExpression(int start, int end, Expression expression) implements Expression {
}
