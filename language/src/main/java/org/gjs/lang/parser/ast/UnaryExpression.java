package org.gjs.lang.parser.ast;

/** ESTree UnaryExpression. operator: - + ! ~ typeof void delete. (prefix is always true in ESTree.) */
public record UnaryExpression(int start, int end, String operator, Expression argument) implements Expression {
}
