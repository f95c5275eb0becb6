package org.gjs.lang.parser.ast;

/** ESTree AwaitExpression. */
public record AwaitExpression(int start, int end, Expression argument) implements Expression {
}
