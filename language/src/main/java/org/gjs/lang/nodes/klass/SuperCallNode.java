package org.gjs.lang.nodes.klass;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.nodes.access.EnvironmentSlot;
import org.gjs.lang.nodes.function.ConstructNode;
import org.gjs.lang.nodes.pattern.SpreadListNode;
import org.gjs.lang.runtime.Conversions;
import org.gjs.lang.runtime.JSFunctionObject;
import org.gjs.lang.runtime.JSObject;
import org.gjs.lang.runtime.Null;
import org.gjs.lang.runtime.Strings;

/**
 * {@code super(args)} in a derived class constructor: constructs the constructor's own
 * [[Prototype]] (the parent class, read when the call runs) with this frame's {@code new.target},
 * binds {@code this} to the result (once only), then runs the class's instance field initializer.
 * A default derived constructor passes all its arguments on.
 */
public final class SuperCallNode extends JSNode {
    @Children private final JSNode[] arguments;
    @Child private SpreadListNode spreadArguments;
    @Child private ConstructNode construct = new ConstructNode("super");
    @Child private DynamicObjectLibrary prototypeOf = DynamicObjectLibrary.getFactory().createDispatched(2);
    /** Runs the instance fields' initializer with the new {@code this}, or null. */
    @Child private JSNode initialize;
    private final boolean forwardAll;
    private final int newTargetSlot;
    /** Where arrows of the constructor read {@code this}: hops and index of its copy in the constructor's environment, or -1. */
    private final int thisHops;
    private final int thisIndex;
    private final String className;

    public SuperCallNode(JSNode[] arguments, SpreadListNode spreadArguments, boolean forwardAll, int newTargetSlot, int thisHops, int thisIndex,
                    JSNode initialize, String className) {
        this.arguments = arguments;
        this.spreadArguments = spreadArguments;
        this.forwardAll = forwardAll;
        this.newTargetSlot = newTargetSlot;
        this.thisHops = thisHops;
        this.thisIndex = thisIndex;
        this.initialize = initialize;
        this.className = className;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        JSFunctionObject active = (JSFunctionObject) frame.getArguments()[JSFunctionObject.CALLEE_INDEX];
        Object parent = prototypeOf.getOrDefault(active, JSObject.PROTOTYPE_KEY, Null.INSTANCE);
        Object[] frameArguments;
        if (forwardAll) {
            frameArguments = frame.getArguments().clone();
        } else if (spreadArguments != null) {
            frameArguments = spreadArguments.executeArguments(frame);
        } else {
            frameArguments = new Object[arguments.length + JSFunctionObject.ARGUMENTS_OFFSET];
            for (int i = 0; i < arguments.length; i++) {
                frameArguments[i + JSFunctionObject.ARGUMENTS_OFFSET] = arguments[i].execute(frame);
            }
        }
        if (!(parent instanceof JSFunctionObject constructor) || !constructor.getData().isConstructor()) {
            throw ClassErrors.typeError(this, notAConstructor(parent));
        }
        JSFunctionObject newTarget = (JSFunctionObject) frame.getObject(newTargetSlot);
        Object result = construct.execute(constructor, newTarget, frameArguments);
        if (frame.getObject(EnvironmentSlot.THIS_SLOT) != null) {
            throw ClassErrors.referenceError(this, "Super constructor may only be called once");
        }
        frame.setObject(EnvironmentSlot.THIS_SLOT, result);
        if (thisIndex >= 0) {
            EnvironmentSlot.up(EnvironmentSlot.current(frame), thisHops).set(thisIndex, result);
        }
        if (initialize != null) {
            initialize.execute(frame);
        }
        return result;
    }

    @TruffleBoundary
    private String notAConstructor(Object parent) {
        String text = parent instanceof JSFunctionObject f ? f.getData().getName() : Strings.toJava(Conversions.toDisplayStringUncached(parent));
        return "Super constructor " + text + " of " + (className.isEmpty() ? "anonymous class" : className) + " is not a constructor";
    }
}
