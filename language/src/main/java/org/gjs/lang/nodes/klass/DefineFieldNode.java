package org.gjs.lang.nodes.klass;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.JSObject;

/**
 * Defines one field on the receiver (CreateDataPropertyOrThrow, or PrivateFieldAdd for a
 * {@link PrivateName} key): an own, enumerable, writable, configurable data property.
 */
public final class DefineFieldNode extends JSNode {
    @Child private JSNode receiver;
    @Child private JSNode key;
    @Child private JSNode value;
    @Child private DynamicObjectLibrary properties = DynamicObjectLibrary.getFactory().createDispatched(3);

    public DefineFieldNode(JSNode receiver, JSNode key, JSNode value) {
        this.receiver = receiver;
        this.key = key;
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        JSObject object = (JSObject) receiver.execute(frame);
        Object k = key.execute(frame);
        Object v = value.execute(frame);
        if (k instanceof PrivateName name && properties.containsKey(object, name)) {
            throw ClassErrors.typeError(this, "Cannot initialize " + name.description() + " twice on the same object");
        }
        properties.putWithFlags(object, k, v, 0);
        return v;
    }
}
