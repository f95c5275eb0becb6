package org.gjs.lang.parser.ast;

/** ESTree MetaProperty. new.target or import.meta. */
public record MetaProperty(int start, int end, Identifier meta, Identifier property) implements Expression {
}
