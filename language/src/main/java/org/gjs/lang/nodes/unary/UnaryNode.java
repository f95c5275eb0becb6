package org.gjs.lang.nodes.unary;

import com.oracle.truffle.api.dsl.NodeChild;
import org.gjs.lang.nodes.JSNode;

@NodeChild("operand")
public abstract class UnaryNode extends JSNode {
}
