package org.gjs.lang.parser.ast;

import java.util.List;

/** ESTree ExportAllDeclaration. exported: null, Identifier or string Literal. */
public record ExportAllDeclaration(int start, int end, Node exported, Literal source, List<ImportAttribute> attributes) implements ModuleDeclaration {
}
