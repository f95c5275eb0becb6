package org.gjs.lang.parser.ast;

import java.util.List;

/** ESTree ArrayPattern. elements may contain null for holes. */
public record ArrayPattern(int start, int end, List<Pattern> elements) implements Pattern {
}
