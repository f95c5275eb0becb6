package org.gjs.lang.parser.ast;

import java.util.List;

/** ESTree ImportDeclaration. specifiers: ImportSpecifier, ImportDefaultSpecifier, ImportNamespaceSpecifier. phase: null, "source" (import source x from) or "defer" (import defer * as ns from). */
public record ImportDeclaration(int start, int end, List<Node> specifiers, Literal source, List<ImportAttribute> attributes, String phase) implements ModuleDeclaration {
}
