package org.gjs.lang.parser.ast;

/** import/export declarations. */
public sealed interface ModuleDeclaration extends ModuleItem permits ImportDeclaration, ExportNamedDeclaration, ExportDefaultDeclaration, ExportAllDeclaration {
}
