package org.gjs.lang.parser.ast;

import java.util.List;

/** ESTree TemplateLiteral. */
public record TemplateLiteral(int start, int end, List<TemplateElement> quasis, List<Expression> expressions) implements Expression {
}
