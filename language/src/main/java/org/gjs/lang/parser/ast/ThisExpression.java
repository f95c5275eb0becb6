package org.gjs.lang.parser.ast;

/** ESTree ThisExpression. */
public record ThisExpression(int start, int end) implements Expression {
}
