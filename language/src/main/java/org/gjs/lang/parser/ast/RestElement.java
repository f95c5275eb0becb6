package org.gjs.lang.parser.ast;

/** ESTree RestElement. */
public record RestElement(int start, int end, Pattern argument) implements Pattern {
}
