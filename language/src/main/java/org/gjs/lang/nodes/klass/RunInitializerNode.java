package org.gjs.lang.nodes.klass;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.nodes.function.DispatchNode;
import org.gjs.lang.nodes.function.DispatchNodeGen;
import org.gjs.lang.runtime.JSFunctionObject;

/**
 * Runs a class's field initializer function (straight-line nodes that define each field, see
 * ClassTranslator) with the given receiver: the new instance, or the class for static elements.
 * One call site per class, so the call is direct and Graal inlines it.
 */
public final class RunInitializerNode extends JSNode {
    @Child private JSNode initializer;
    @Child private JSNode receiver;
    @Child private DispatchNode dispatch = DispatchNodeGen.create("<initializer>");

    public RunInitializerNode(JSNode initializer, JSNode receiver) {
        this.initializer = initializer;
        this.receiver = receiver;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object function = initializer.execute(frame);
        Object thisValue = receiver.execute(frame);
        dispatch.execute(function, new Object[]{function, thisValue});
        return thisValue;
    }

    public static Object run(DispatchNode dispatch, JSFunctionObject function, Object thisValue) {
        return dispatch.execute(function, new Object[]{function, thisValue});
    }
}
