package org.gjs.lang.parser.ast;

/** ESTree ImportNamespaceSpecifier. */
public record ImportNamespaceSpecifier(int start, int end, Identifier local) implements Node {
}
