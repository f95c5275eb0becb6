package org.gjs.lang.parser.ast;

/** ESTree Property. kind: init, get, set. In an ObjectExpression value is an Expression; in an ObjectPattern it is a Pattern. */
public record Property(int start, int end, Node key, Node value, String kind, boolean method, boolean shorthand, boolean computed) implements Node {
}
