package org.gjs.lang.parser.ast;

/** ESTree Identifier. */
public record Identifier(int start, int end, String name) implements Expression, Pattern {
}
