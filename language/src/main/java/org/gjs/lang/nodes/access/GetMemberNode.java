package org.gjs.lang.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.nodes.JSNode;

/** {@code o.p} and {@code o[k]}. */
public final class GetMemberNode extends JSNode {
    @Child private JSNode object;
    @Child private JSNode key;
    @Child private ReadPropertyNode read = ReadPropertyNodeGen.create();

    /** @param key a constant key or any expression; the property nodes convert keys as they need. */
    public GetMemberNode(JSNode object, JSNode key, boolean computed) {
        this.object = object;
        this.key = key;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object receiver = object.execute(frame);
        return executeWithReceiver(frame, receiver);
    }

    /** Reads the property from an already evaluated receiver: method calls keep the receiver as {@code this}. */
    public Object executeWithReceiver(VirtualFrame frame, Object receiver) {
        Object k = key.execute(frame);
        return read.execute(receiver, k);
    }

    public JSNode getObject() {
        return object;
    }
}
