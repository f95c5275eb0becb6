package org.gjs.lang.parser.ast;

/** ESTree ContinueStatement. */
public record ContinueStatement(int start, int end, Identifier label) implements Statement {
}
