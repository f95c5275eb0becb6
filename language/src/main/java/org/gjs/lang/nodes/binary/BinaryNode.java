package org.gjs.lang.nodes.binary;

import com.oracle.truffle.api.dsl.NodeChild;
import org.gjs.lang.nodes.JSNode;

/** A node with two operand children, evaluated left to right. */
@NodeChild("left")
@NodeChild("right")
public abstract class BinaryNode extends JSNode {
}
