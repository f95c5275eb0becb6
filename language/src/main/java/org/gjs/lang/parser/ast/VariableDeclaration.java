package org.gjs.lang.parser.ast;

import java.util.List;

/** ESTree VariableDeclaration. kind: var, let, const, using, await using. */
public record VariableDeclaration(int start, int end, List<VariableDeclarator> declarations, String kind) implements Declaration {
}
