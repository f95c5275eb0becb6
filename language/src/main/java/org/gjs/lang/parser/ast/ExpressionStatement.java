package org.gjs.lang.parser.ast;

/** ESTree ExpressionStatement. directive is the raw directive text (without quotes) for directive-prologue entries, else null. */
public record ExpressionStatement(int start, int end, Expression expression, String directive) implements Statement {
}
