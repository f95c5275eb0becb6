package org.gjs.lang.parser.ast;

import java.util.List;

/** ESTree ArrayExpression. elements: Expression, SpreadElement, or null for a hole. */
public record ArrayExpression(int start, int end, List<Node> elements) implements Expression {
}
