package org.gjs.lang.parser.ast;

import java.util.List;

/** ESTree SequenceExpression. */
public record SequenceExpression(int start, int end, List<Expression> expressions) implements Expression {
}
