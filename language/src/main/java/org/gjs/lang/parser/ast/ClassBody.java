package org.gjs.lang.parser.ast;

import java.util.List;

/** ESTree ClassBody. body elements are MethodDefinition, PropertyDefinition or StaticBlock. */
public record ClassBody(int start, int end, List<Node> body) implements Node {
}
