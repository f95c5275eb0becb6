package org.gjs.lang.parser.ast;

/** function/variable/class declarations (also Statements). */
public sealed interface Declaration extends Statement permits FunctionDeclaration, VariableDeclaration, ClassDeclaration {
}
