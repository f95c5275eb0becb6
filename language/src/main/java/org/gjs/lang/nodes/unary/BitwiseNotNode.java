package org.gjs.lang.nodes.unary;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import org.gjs.lang.nodes.binary.BitwiseNode;
import org.gjs.lang.runtime.Conversions;

/** {@code ~x}. */
public abstract class BitwiseNotNode extends UnaryNode {
    @Specialization
    protected static int notInt(int value) {
        return ~value;
    }

    @Fallback
    protected static int notGeneric(Object value) {
        return ~BitwiseNode.toInt32(Conversions.toNumber(value));
    }
}
