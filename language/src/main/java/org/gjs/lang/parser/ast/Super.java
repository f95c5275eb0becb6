package org.gjs.lang.parser.ast;

/** ESTree Super. Appears only as callee of CallExpression or object of MemberExpression. */
public record Super(int start, int end) implements Expression {
}
