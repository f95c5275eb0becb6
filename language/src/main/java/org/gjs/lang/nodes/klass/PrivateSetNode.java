package org.gjs.lang.nodes.klass;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.JSObject;

/** {@code o.#x = v}: o must have the private field; private methods cannot be written. */
public final class PrivateSetNode extends JSNode {
    @Child private JSNode object;
    @Child private JSNode name;
    @Child private JSNode value;
    @Child private DynamicObjectLibrary properties = DynamicObjectLibrary.getFactory().createDispatched(3);

    public PrivateSetNode(JSNode object, JSNode name, JSNode value) {
        this.object = object;
        this.name = name;
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object receiver = object.execute(frame);
        PrivateName key = (PrivateName) name.execute(frame);
        Object v = value.execute(frame);
        if (!(receiver instanceof JSObject o) || !properties.containsKey(o, key)) {
            throw ClassErrors.typeError(this, "Cannot write private member " + key.description() + " to an object whose class did not declare it");
        }
        if (key.isMethod()) {
            throw ClassErrors.typeError(this, "Private method '" + key.description() + "' is not writable");
        }
        properties.put(o, key, v);
        return v;
    }
}
