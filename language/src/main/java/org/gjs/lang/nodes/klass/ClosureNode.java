package org.gjs.lang.nodes.klass;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.GjsContext;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.nodes.access.EnvironmentSlot;
import org.gjs.lang.runtime.FunctionData;

/** A bare closure over the current environment (no {@code length}, {@code name} or {@code prototype}): a class's field initializers. */
public final class ClosureNode extends JSNode {
    private final FunctionData data;

    public ClosureNode(FunctionData data) {
        this.data = data;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return GjsContext.get(this).getRealm().newFunction(data, EnvironmentSlot.current(frame));
    }
}
