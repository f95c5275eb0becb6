package org.gjs.lang.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.Environment;
import org.gjs.lang.runtime.Undefined;

/** A function prologue step: an environment for the function's own captured bindings, inside the one its closure captured. */
public final class NewFunctionEnvironmentNode extends JSNode {
    private final int size;

    public NewFunctionEnvironmentNode(int size) {
        this.size = size;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        frame.setObject(EnvironmentSlot.ENV_SLOT, new Environment(EnvironmentSlot.current(frame), size));
        return Undefined.INSTANCE;
    }
}
