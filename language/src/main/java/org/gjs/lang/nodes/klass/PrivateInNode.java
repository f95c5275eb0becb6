package org.gjs.lang.nodes.klass;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.Conversions;
import org.gjs.lang.runtime.JSObject;

/** {@code #x in o}: whether o has the private name; o must be an object. */
public final class PrivateInNode extends JSNode {
    @Child private JSNode name;
    @Child private JSNode object;
    @Child private DynamicObjectLibrary properties = DynamicObjectLibrary.getFactory().createDispatched(3);

    public PrivateInNode(JSNode name, JSNode object) {
        this.name = name;
        this.object = object;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PrivateName key = (PrivateName) name.execute(frame);
        Object receiver = object.execute(frame);
        if (!(receiver instanceof JSObject o)) {
            throw ClassErrors.typeError(this, "Cannot use 'in' operator to search for '" + key.description() + "' in " + display(receiver));
        }
        return properties.containsKey(o, key);
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static String display(Object value) {
        return org.gjs.lang.runtime.Strings.toJava(Conversions.toStringUncached(value));
    }
}
