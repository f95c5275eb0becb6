package org.gjs.lang.parser.ast;

import java.util.List;

/** ESTree CallExpression. callee: Expression or Super. arguments: Expression or SpreadElement. A CallExpression is a Pattern only as the target of =, compound assignment, ++/-- or a for-in/of head in sloppy code (Annex B web compatibility): evaluate the call, then throw a ReferenceError. */
public record CallExpression(int start, int end, Node callee, List<Node> arguments, boolean optional) implements Expression, Pattern {
}
