package org.gjs.lang.parser.ast;

/** ESTree AssignmentExpression. */
public record AssignmentExpression(int start, int end, String operator, Pattern left, Expression right) implements Expression {
}
