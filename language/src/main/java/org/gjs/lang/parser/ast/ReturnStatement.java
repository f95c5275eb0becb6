package org.gjs.lang.parser.ast;

/** ESTree ReturnStatement. */
public record ReturnStatement(int start, int end, Expression argument) implements Statement {
}
