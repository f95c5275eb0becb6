package org.gjs.lang.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.Conversions;
import org.gjs.lang.runtime.Null;
import org.gjs.lang.runtime.Undefined;

/** {@code a && b}, {@code a || b}, {@code a ?? b}: the right side runs only when the left decides so. */
public final class LogicalNode extends JSNode {
    public enum Operator {
        AND,
        OR,
        NULLISH
    }

    @Child private JSNode left;
    @Child private JSNode right;
    private final Operator operator;
    private final CountingConditionProfile shortCircuit = CountingConditionProfile.create();

    public LogicalNode(Operator operator, JSNode left, JSNode right) {
        this.operator = operator;
        this.left = left;
        this.right = right;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object value = left.execute(frame);
        boolean done = switch (operator) {
            case AND -> !Conversions.toBoolean(value);
            case OR -> Conversions.toBoolean(value);
            case NULLISH -> value != Undefined.INSTANCE && value != Null.INSTANCE;
        };
        if (shortCircuit.profile(done)) {
            return value;
        }
        return right.execute(frame);
    }
}
