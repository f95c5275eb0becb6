package org.gjs.lang.parser.ast;

/** ESTree BreakStatement. */
public record BreakStatement(int start, int end, Identifier label) implements Statement {
}
