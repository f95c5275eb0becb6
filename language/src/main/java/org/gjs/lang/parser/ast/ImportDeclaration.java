package org.gjs.lang.parser.ast;

import java.util.List;

/** ESTree ImportDeclaration. specifiers: ImportSpecifier, ImportDefaultSpecifier, ImportNamespaceSpecifier. */
public record ImportDeclaration(int start, int end, List<Node> specifiers, Literal source, List<ImportAttribute> attributes) implements ModuleDeclaration {
}
