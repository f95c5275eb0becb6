package org.gjs.lang.parser.ast;

/** ESTree AssignmentPattern. */
public record AssignmentPattern(int start, int end, Pattern left, Expression right) implements Pattern {
}
