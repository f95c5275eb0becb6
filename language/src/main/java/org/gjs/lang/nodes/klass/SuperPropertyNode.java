package org.gjs.lang.nodes.klass;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.nodes.access.ReadPropertyNode;
import org.gjs.lang.nodes.access.ReadPropertyNodeGen;
import org.gjs.lang.runtime.JSObject;
import org.gjs.lang.runtime.Null;

/**
 * {@code super.x} and {@code super[k]}: the property of the home object's [[Prototype]] (the home
 * object is the class's prototype for instance methods, the class itself for static ones; the
 * translator reads it from the class environment). A call {@code super.m()} passes the current
 * {@code this}.
 */
public final class SuperPropertyNode extends JSNode {
    @Child private JSNode home;
    @Child private JSNode key;
    @Child private JSNode thisValue;
    @Child private DynamicObjectLibrary prototypeOf = DynamicObjectLibrary.getFactory().createDispatched(2);
    @Child private ReadPropertyNode read = ReadPropertyNodeGen.create();

    public SuperPropertyNode(JSNode home, JSNode key, JSNode thisValue) {
        this.home = home;
        this.key = key;
        this.thisValue = thisValue;
    }

    public Object thisValue(VirtualFrame frame) {
        return thisValue.execute(frame);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        JSObject object = (JSObject) home.execute(frame);
        Object k = key.execute(frame);
        Object prototype = prototypeOf.getOrDefault(object, JSObject.PROTOTYPE_KEY, Null.INSTANCE);
        if (!(prototype instanceof JSObject proto) || !proto.hasSpecialProperties()) {
            // No accessor on the home's prototype itself: the receiver cannot matter there. (A getter
            // further up the chain would run with the prototype as this: a known gap.)
            return read.execute(prototype, k);
        }
        return readWithReceiver(prototype, k, thisValue.execute(frame));
    }

    /** A getter found through super runs with the current this, not with the prototype. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private Object readWithReceiver(Object prototype, Object key, Object receiver) {
        if (!(prototype instanceof JSObject proto)) {
            return read.execute(prototype, key);
        }
        return proto.getUncached(org.gjs.lang.runtime.Conversions.toStringUncached(key), receiver);
    }
}
