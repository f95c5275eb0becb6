package org.gjs.lang.nodes.klass;

import org.gjs.lang.runtime.JSFunctionObject;

/**
 * What a construct call puts in the {@code this} slot of the frame arguments when the callee is a
 * class constructor: {@code [F, ConstructCall(newTarget), arg0, ...]}. It is never a JS value, so a
 * class constructor tells {@code new C()} and {@code super()} (which pass one) from a plain call
 * (which passes a JS value and is a TypeError), and learns {@code new.target} from it. Ordinary
 * functions keep the old convention: {@code NewNode} allocates their {@code this}.
 */
public final class ConstructCall {
    private final JSFunctionObject newTarget;

    public ConstructCall(JSFunctionObject newTarget) {
        this.newTarget = newTarget;
    }

    public JSFunctionObject newTarget() {
        return newTarget;
    }
}
