package org.gjs.lang.nodes.function;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.GjsContext;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.nodes.access.EnvironmentSlot;
import org.gjs.lang.runtime.FunctionData;

/** Makes a closure of a function literal over the current environment (frames are never materialized). */
public final class FunctionLiteralNode extends JSNode {
    private final FunctionData data;

    public FunctionLiteralNode(FunctionData data) {
        this.data = data;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return GjsContext.get(this).getRealm().newFunction(data, EnvironmentSlot.current(frame));
    }
}
