package org.gjs.lang.parser.ast;

/** ESTree ImportAttribute. key: Identifier or string Literal. */
public record ImportAttribute(int start, int end, Node key, Literal value) implements Node {
}
