package org.gjs.lang.parser.ast;

/** ESTree VariableDeclarator. */
public record VariableDeclarator(int start, int end, Pattern id, Expression init) implements Node {
}
