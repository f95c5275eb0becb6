package org.gjs.lang.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.GjsContext;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.ErrorType;

/** An assignment to a const binding: the value is computed, then the assignment fails. */
public final class ConstAssignmentNode extends JSNode {
    @Child private JSNode value;

    public ConstAssignmentNode(JSNode value) {
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        value.executeVoid(frame);
        throw ErrorObjects.raise(GjsContext.get(this).getRealm(), ErrorType.TypeError, "Assignment to constant variable.", this);
    }
}
