package org.gjs.lang.parser.ast;

/** ESTree ImportDefaultSpecifier. */
public record ImportDefaultSpecifier(int start, int end, Identifier local) implements Node {
}
