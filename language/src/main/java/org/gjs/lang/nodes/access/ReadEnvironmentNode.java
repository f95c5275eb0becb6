package org.gjs.lang.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.BranchProfile;
import org.gjs.lang.GjsContext;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.ErrorObjects;

/** Reads a captured binding: {@code hops} environments up from the current one. */
public final class ReadEnvironmentNode extends JSNode {
    private final int hops;
    private final int index;
    private final String name;
    private final BranchProfile deadZone = BranchProfile.create();

    public ReadEnvironmentNode(int hops, int index, String name) {
        this.hops = hops;
        this.index = index;
        this.name = name;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object value = EnvironmentSlot.up(EnvironmentSlot.current(frame), hops).get(index);
        if (value == null) {
            deadZone.enter();
            throw ErrorObjects.beforeInitialization(GjsContext.get(this).getRealm(), name, this);
        }
        return value;
    }
}
