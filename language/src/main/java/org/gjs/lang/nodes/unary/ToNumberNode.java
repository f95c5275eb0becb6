package org.gjs.lang.nodes.unary;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import org.gjs.lang.runtime.Conversions;

/** Unary plus: ToNumber. */
public abstract class ToNumberNode extends UnaryNode {
    @Specialization
    protected static int plusInt(int value) {
        return value;
    }

    @Specialization
    protected static double plusDouble(double value) {
        return value;
    }

    @Fallback
    protected static double plusGeneric(Object value) {
        return Conversions.toNumber(value);
    }
}
