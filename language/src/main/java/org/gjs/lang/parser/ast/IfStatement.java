package org.gjs.lang.parser.ast;

/** ESTree IfStatement. */
public record IfStatement(int start, int end, Expression test, Statement consequent, Statement alternate) implements Statement {
}
