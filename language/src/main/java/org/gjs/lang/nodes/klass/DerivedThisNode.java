package org.gjs.lang.nodes.klass;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.BranchProfile;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.nodes.access.EnvironmentSlot;

/** {@code this} in a derived class constructor: a ReferenceError until {@code super(...)} has returned. */
public final class DerivedThisNode extends JSNode {
    private final BranchProfile unbound = BranchProfile.create();

    @Override
    public Object execute(VirtualFrame frame) {
        Object value = frame.getObject(EnvironmentSlot.THIS_SLOT);
        if (value == null) {
            unbound.enter();
            throw ClassErrors.thisBeforeSuper(this);
        }
        return value;
    }
}
