package org.gjs.lang.parser.ast;

/** ESTree ExportDefaultDeclaration. declaration: FunctionDeclaration, ClassDeclaration (id may be null) or Expression. */
public record ExportDefaultDeclaration(int start, int end, Node declaration) implements ModuleDeclaration {
}
