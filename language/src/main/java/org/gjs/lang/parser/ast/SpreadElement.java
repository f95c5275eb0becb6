package org.gjs.lang.parser.ast;

/** ESTree SpreadElement. */
public record SpreadElement(int start, int end, Expression argument) implements Node {
}
