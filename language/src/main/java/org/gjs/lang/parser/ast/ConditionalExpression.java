package org.gjs.lang.parser.ast;

/** ESTree ConditionalExpression. */
public record ConditionalExpression(int start, int end, Expression test, Expression consequent, Expression alternate) implements Expression {
}
