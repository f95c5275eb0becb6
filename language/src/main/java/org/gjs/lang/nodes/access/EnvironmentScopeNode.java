package org.gjs.lang.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.Environment;

/**
 * A block whose bindings closures capture: runs its body with a new environment for them, and
 * puts the outer one back however the body ends (a throw caught further out must see it).
 */
public final class EnvironmentScopeNode extends JSNode {
    private final int size;
    @Child private JSNode body;

    public EnvironmentScopeNode(int size, JSNode body) {
        this.size = size;
        this.body = body;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Environment outer = EnvironmentSlot.current(frame);
        frame.setObject(EnvironmentSlot.ENV_SLOT, new Environment(outer, size));
        try {
            return body.execute(frame);
        } finally {
            frame.setObject(EnvironmentSlot.ENV_SLOT, outer);
        }
    }
}
