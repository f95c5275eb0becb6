package org.gjs.lang.parser.ast;

/** ESTree TemplateElement. cooked is null for an invalid escape in a tagged template. */
public record TemplateElement(int start, int end, String cooked, String raw, boolean tail) implements Node {
}
