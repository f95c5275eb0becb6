package org.gjs.lang.parser.ast;

/** ESTree DoWhileStatement. */
public record DoWhileStatement(int start, int end, Statement body, Expression test) implements Statement {
}
