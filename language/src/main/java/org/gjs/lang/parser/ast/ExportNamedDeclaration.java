package org.gjs.lang.parser.ast;

import java.util.List;

/** ESTree ExportNamedDeclaration. */
public record ExportNamedDeclaration(int start, int end, Statement declaration, List<ExportSpecifier> specifiers, Literal source, List<ImportAttribute> attributes) implements ModuleDeclaration {
}
