package org.gjs.lang.parser.ast;

import java.util.List;

/** ESTree ObjectExpression. properties: Property or SpreadElement. */
public record ObjectExpression(int start, int end, List<Node> properties) implements Expression {
}
