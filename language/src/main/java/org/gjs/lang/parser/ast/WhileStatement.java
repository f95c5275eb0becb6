package org.gjs.lang.parser.ast;

/** ESTree WhileStatement. */
public record WhileStatement(int start, int end, Expression test, Statement body) implements Statement {
}
