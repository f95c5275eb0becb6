package org.gjs.lang.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.GjsContext;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.ErrorType;

/**
 * A call used as an assignment target ({@code f() = 1}, {@code f()++}), which sloppy code may
 * parse (Annex B): the call runs, then the assignment fails with a ReferenceError, as in V8.
 */
public final class InvalidTargetNode extends JSNode {
    @Child private JSNode call;
    private final String message;

    public InvalidTargetNode(JSNode call, String message) {
        this.call = call;
        this.message = message;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        call.executeVoid(frame);
        throw ErrorObjects.raise(GjsContext.get(this).getRealm(), ErrorType.ReferenceError, message, this);
    }
}
