package org.gjs.lang.parser.ast;

/** ESTree EmptyStatement. */
public record EmptyStatement(int start, int end) implements Statement {
}
