package org.gjs.lang.parser.ast;

/** ESTree YieldExpression. */
public record YieldExpression(int start, int end, Expression argument, boolean delegate) implements Expression {
}
