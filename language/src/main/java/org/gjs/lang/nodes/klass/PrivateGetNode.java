package org.gjs.lang.nodes.klass;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.JSObject;

/** {@code o.#x}: the private field or method of o, a TypeError if o's class did not give it one. */
public final class PrivateGetNode extends JSNode {
    @Child private JSNode object;
    @Child private JSNode name;
    @Child private DynamicObjectLibrary properties = DynamicObjectLibrary.getFactory().createDispatched(3);

    public PrivateGetNode(JSNode object, JSNode name) {
        this.object = object;
        this.name = name;
    }

    public JSNode getObject() {
        return object;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return executeWithReceiver(frame, object.execute(frame));
    }

    public Object executeWithReceiver(VirtualFrame frame, Object receiver) {
        PrivateName key = (PrivateName) name.execute(frame);
        Object value = receiver instanceof JSObject o ? properties.getOrDefault(o, key, null) : null;
        if (value == null) {
            throw ClassErrors.typeError(this, "Cannot read private member " + key.description() + " from an object whose class did not declare it");
        }
        return value;
    }
}
