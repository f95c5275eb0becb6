package org.gjs.lang.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.nodes.JSNode;

/** An expression's value as a property key, computed once where a target is both read and written ({@code o[k] += 1}). */
public final class ToPropertyKeyExpressionNode extends JSNode {
    @Child private JSNode value;
    @Child private ToPropertyKeyNode toKey = ToPropertyKeyNodeGen.create();

    public ToPropertyKeyExpressionNode(JSNode value) {
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return toKey.execute(value.execute(frame));
    }
}
