package org.gjs.lang.parser.ast;

/** ESTree BinaryExpression. left is an Expression, or a PrivateIdentifier for '#x in obj'. */
public record BinaryExpression(int start, int end, String operator, Node left, Expression right) implements Expression {
}
