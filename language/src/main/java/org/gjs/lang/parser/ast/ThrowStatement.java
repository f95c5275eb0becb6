package org.gjs.lang.parser.ast;

/** ESTree ThrowStatement. */
public record ThrowStatement(int start, int end, Expression argument) implements Statement {
}
