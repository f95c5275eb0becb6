package org.gjs.lang.parser.ast;

/** ESTree MethodDefinition. key: Expression or PrivateIdentifier. kind: constructor, method, get, set. */
public record MethodDefinition(int start, int end, Node key, FunctionExpression value, String kind, boolean computed, boolean isStatic) implements Node {
}
