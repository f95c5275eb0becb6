package org.gjs.lang.parser.ast;

/** ESTree UpdateExpression. */
public record UpdateExpression(int start, int end, String operator, Expression argument, boolean prefix) implements Expression {
}
