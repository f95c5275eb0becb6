package org.gjs.lang.parser.ast;

/** ESTree WithStatement. */
public record WithStatement(int start, int end, Expression object, Statement body) implements Statement {
}
