package org.gjs.lang.nodes.unary;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import org.gjs.lang.runtime.Conversions;

/** Unary minus: an int unless the result is -0 or overflows. */
public abstract class NegateNode extends UnaryNode {
    @Specialization(guards = {"value != 0", "value != MIN"})
    protected static int negInt(int value) {
        return -value;
    }

    @Specialization(replaces = "negInt")
    protected static double negDouble(double value) {
        return -value;
    }

    @Fallback
    protected static double negGeneric(Object value) {
        return -Conversions.toNumber(value);
    }

    static final int MIN = Integer.MIN_VALUE;
}
