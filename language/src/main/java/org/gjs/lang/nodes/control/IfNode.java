package org.gjs.lang.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.Undefined;

/** {@code if} statements and {@code ?:} expressions. */
public final class IfNode extends JSNode {
    @Child private ConditionNode test;
    @Child private JSNode consequent;
    @Child private JSNode alternate;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public IfNode(ConditionNode test, JSNode consequent, JSNode alternate) {
        this.test = test;
        this.consequent = consequent;
        this.alternate = alternate;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (profile.profile(test.executeCondition(frame))) {
            return consequent.execute(frame);
        } else if (alternate != null) {
            return alternate.execute(frame);
        }
        return Undefined.INSTANCE;
    }
}
