package org.gjs.lang.parser.ast;

import java.util.List;

/** ESTree SwitchCase. test is null for default. */
public record SwitchCase(int start, int end, Expression test, List<Statement> consequent) implements Node {
}
