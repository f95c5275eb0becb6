package org.gjs.lang.parser.ast;

/** ESTree PrivateIdentifier. name without '#'. Appears only as MethodDefinition/PropertyDefinition key, MemberExpression property, or left of BinaryExpression 'in'. */
public record PrivateIdentifier(int start, int end, String name) implements Expression {
}
