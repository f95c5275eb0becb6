package org.gjs.lang.nodes.control;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.Conversions;

/** ToBoolean of a test expression, specialized for tests that already give booleans. */
@NodeChild("value")
public abstract class ConditionNode extends JSNode {
    public abstract boolean executeCondition(VirtualFrame frame);

    @Specialization
    protected static boolean condBoolean(boolean value) {
        return value;
    }

    @Specialization
    protected static boolean condInt(int value) {
        return value != 0;
    }

    @Fallback
    protected static boolean condGeneric(Object value) {
        return Conversions.toBoolean(value);
    }

    public static ConditionNode of(JSNode test) {
        return ConditionNodeGen.create(test);
    }
}
