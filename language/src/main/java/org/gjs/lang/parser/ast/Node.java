package org.gjs.lang.parser.ast;

/** Every AST node. start/end are UTF-16 offsets into the source (end exclusive). */
public sealed interface Node permits ModuleItem, Expression, Pattern, Program, SwitchCase, CatchClause, VariableDeclarator, ClassBody, MethodDefinition, PropertyDefinition, StaticBlock, Property, TemplateElement, SpreadElement, ImportSpecifier, ImportDefaultSpecifier, ImportNamespaceSpecifier, ImportAttribute, ExportSpecifier {
    int start();
    int end();
}
