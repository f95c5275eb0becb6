package org.gjs.lang.parser.ast;

/** ESTree DebuggerStatement. */
public record DebuggerStatement(int start, int end) implements Statement {
}
