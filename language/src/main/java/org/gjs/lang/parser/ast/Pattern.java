package org.gjs.lang.parser.ast;

/** Binding/assignment targets. */
public sealed interface Pattern extends Node permits MemberExpression, CallExpression, RestElement, ObjectPattern, ArrayPattern, AssignmentPattern, Identifier {
}
