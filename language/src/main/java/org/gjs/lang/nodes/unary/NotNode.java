package org.gjs.lang.nodes.unary;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import org.gjs.lang.runtime.Conversions;

/** {@code !x}. */
public abstract class NotNode extends UnaryNode {
    @Specialization
    protected static boolean notBoolean(boolean value) {
        return !value;
    }

    @Fallback
    protected static boolean notGeneric(Object value) {
        return !Conversions.toBoolean(value);
    }
}
