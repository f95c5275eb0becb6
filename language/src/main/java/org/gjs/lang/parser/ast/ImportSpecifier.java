package org.gjs.lang.parser.ast;

/** ESTree ImportSpecifier. imported: Identifier or string Literal. */
public record ImportSpecifier(int start, int end, Node imported, Identifier local) implements Node {
}
