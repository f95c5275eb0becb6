package org.gjs.lang.nodes.access;

import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.GjsContext;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.ErrorType;

/** Reads a binding of an enclosing function, {@code depth} frames up the scope chain. */
public final class ReadScopedNode extends JSNode {
    private final int depth;
    private final int slot;
    private final String name;

    public ReadScopedNode(int depth, int slot, String name) {
        this.depth = depth;
        this.slot = slot;
        this.name = name;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Frame scope = ScopeWalk.up(frame, depth);
        Object value = scope.getValue(slot);
        if (value == null) {
            throw ErrorObjects.beforeInitialization(GjsContext.get(this).getRealm(), name, this);
        }
        return value;
    }
}
