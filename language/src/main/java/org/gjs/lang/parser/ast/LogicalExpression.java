package org.gjs.lang.parser.ast;

/** ESTree LogicalExpression. */
public record LogicalExpression(int start, int end, String operator, Expression left, Expression right) implements Expression {
}
