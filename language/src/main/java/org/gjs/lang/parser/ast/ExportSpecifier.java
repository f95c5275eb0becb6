package org.gjs.lang.parser.ast;

/** ESTree ExportSpecifier. local and exported: Identifier or string Literal. */
public record ExportSpecifier(int start, int end, Node local, Node exported) implements Node {
}
