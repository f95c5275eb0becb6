package org.gjs.lang.parser.ast;

import java.util.List;

/** ESTree CallExpression. callee: Expression or Super. arguments: Expression or SpreadElement. */
public record CallExpression(int start, int end, Node callee, List<Node> arguments, boolean optional) implements Expression {
}
