package org.gjs.lang.parser.ast;

/** ESTree Expression (plus Super and PrivateIdentifier in the documented places). */
public sealed interface Expression extends Node permits ClassExpression, PrivateIdentifier, ThisExpression, ArrayExpression, ObjectExpression, FunctionExpression, ArrowFunctionExpression, UnaryExpression, UpdateExpression, BinaryExpression, AssignmentExpression, LogicalExpression, MemberExpression, ChainExpression, ConditionalExpression, CallExpression, NewExpression, SequenceExpression, YieldExpression, AwaitExpression, TemplateLiteral, TaggedTemplateExpression, Identifier, Super, MetaProperty, ImportExpression, Literal {
}
