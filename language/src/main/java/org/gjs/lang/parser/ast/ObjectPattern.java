package org.gjs.lang.parser.ast;

import java.util.List;

/** ESTree ObjectPattern. properties: Property (value is a Pattern) or RestElement. */
public record ObjectPattern(int start, int end, List<Node> properties) implements Pattern {
}
