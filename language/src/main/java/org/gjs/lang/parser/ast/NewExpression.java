package org.gjs.lang.parser.ast;

import java.util.List;

/** ESTree NewExpression. */
public record NewExpression(int start, int end, Expression callee, List<Node> arguments) implements Expression {
}
