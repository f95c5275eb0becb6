package org.gjs.lang.parser.ast;

/** ESTree TryStatement. */
public record TryStatement(int start, int end, BlockStatement block, CatchClause handler, BlockStatement finalizer) implements Statement {
}
