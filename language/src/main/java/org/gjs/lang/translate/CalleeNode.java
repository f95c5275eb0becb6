package org.gjs.lang.translate;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.JSFunctionObject;

/** The function object being run: what a named function expression's own name refers to. */
final class CalleeNode extends JSNode {
    @Override
    public Object execute(VirtualFrame frame) {
        return frame.getArguments()[JSFunctionObject.CALLEE_INDEX];
    }
}
