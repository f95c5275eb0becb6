package org.gjs.lang.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.nodes.JSNode;

/** Writes a captured binding, {@code hops} environments up from the current one. */
public final class WriteEnvironmentNode extends JSNode {
    private final int hops;
    private final int index;
    @Child private JSNode value;

    public WriteEnvironmentNode(int hops, int index, JSNode value) {
        this.hops = hops;
        this.index = index;
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object result = value.execute(frame);
        EnvironmentSlot.up(EnvironmentSlot.current(frame), hops).set(index, result);
        return result;
    }
}
