package org.gjs.lang.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.nodes.JSNode;

/** {@code o.p = v} and {@code o[k] = v}; the value of the expression is v. */
public final class SetMemberNode extends JSNode {
    @Child private JSNode object;
    @Child private JSNode key;
    @Child private JSNode value;
    @Child private WritePropertyNode write;

    /** @param strict whether a failed assignment (read-only, getter only, not extensible) throws */
    public SetMemberNode(JSNode object, JSNode key, boolean computed, JSNode value, boolean strict) {
        this.write = WritePropertyNodeGen.create(strict);
        this.object = object;
        this.key = key;
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object receiver = object.execute(frame);
        Object k = key.execute(frame);
        Object v = value.execute(frame);
        write.execute(receiver, k, v);
        return v;
    }
}
