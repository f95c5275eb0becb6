package org.gjs.lang.parser.ast;

/** ESTree TaggedTemplateExpression. */
public record TaggedTemplateExpression(int start, int end, Expression tag, TemplateLiteral quasi) implements Expression {
}
