package org.gjs.lang.nodes.pattern;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.ConditionProfile;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.Undefined;

/** {@code target = default} in a pattern or a parameter list: the default is evaluated only when the value is undefined. */
public final class DefaultValueNode extends JSNode {
    @Child private JSNode value;
    @Child private JSNode defaultValue;
    private final ConditionProfile undefined = ConditionProfile.create();

    public DefaultValueNode(JSNode value, JSNode defaultValue) {
        this.value = value;
        this.defaultValue = defaultValue;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object v = value.execute(frame);
        if (undefined.profile(v == Undefined.INSTANCE)) {
            return defaultValue.execute(frame);
        }
        return v;
    }
}
