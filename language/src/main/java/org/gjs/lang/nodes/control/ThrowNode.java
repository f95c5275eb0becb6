package org.gjs.lang.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.JSException;

/** {@code throw value}. */
public final class ThrowNode extends JSNode {
    @Child private JSNode value;

    public ThrowNode(JSNode value) {
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        throw new JSException(value.execute(frame), this);
    }
}
