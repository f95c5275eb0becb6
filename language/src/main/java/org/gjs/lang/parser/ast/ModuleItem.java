package org.gjs.lang.parser.ast;

/** A Program body element: a Statement or (in modules) a ModuleDeclaration. */
public sealed interface ModuleItem extends Node permits Statement, ModuleDeclaration {
}
