package org.gjs.lang.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.nodes.JSNode;

/** {@code this} of a non-arrow function (or the script top level): its frame slot. Arrows read it from an environment. */
public final class ThisNode extends JSNode {
    @Override
    public Object execute(VirtualFrame frame) {
        return frame.getObject(EnvironmentSlot.THIS_SLOT);
    }
}
