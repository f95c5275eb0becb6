package org.gjs.lang.parser.ast;

/** ESTree MemberExpression. object: Expression or Super. property: Expression or PrivateIdentifier. */
public record MemberExpression(int start, int end, Node object, Node property, boolean computed, boolean optional) implements Expression, Pattern {
}
