package org.gjs.lang.parser.ast;

/** ESTree LabeledStatement. */
public record LabeledStatement(int start, int end, Identifier label, Statement body) implements Statement {
}
