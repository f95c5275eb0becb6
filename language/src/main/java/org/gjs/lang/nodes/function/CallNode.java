package org.gjs.lang.nodes.function;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.GjsContext;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.ErrorType;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.nodes.pattern.SpreadListNode;
import org.gjs.lang.nodes.access.GetMemberNode;
import org.gjs.lang.nodes.access.OptionalChainNode;
import org.gjs.lang.nodes.klass.PrivateGetNode;
import org.gjs.lang.nodes.klass.SuperPropertyNode;
import org.gjs.lang.runtime.JSFunctionObject;
import org.gjs.lang.runtime.Undefined;

/** {@code f(a, b)} and {@code o.m(a, b)}: a method call passes its receiver as {@code this}. */
public final class CallNode extends JSNode {
    @Child private JSNode callee;
    @Children private final JSNode[] arguments;
    /** The argument list when it has spreads (then {@link #arguments} is empty). */
    @Child private SpreadListNode spreadArguments;
    @Child private DispatchNode dispatch;

    /** {@code f?.()}: a nullish function ends the optional chain instead of throwing. */
    private final boolean optional;

    public CallNode(JSNode callee, JSNode[] arguments, String calleeText, boolean optional) {
        this.optional = optional;
        this.callee = callee;
        this.arguments = arguments;
        this.dispatch = DispatchNodeGen.create(calleeText);
    }

    /** {@code f(a, ...xs)}: the argument list is built when its spreads are known. */
    public CallNode(JSNode callee, SpreadListNode spreadArguments, String calleeText, boolean optional) {
        this(callee, new JSNode[0], calleeText, optional);
        this.spreadArguments = spreadArguments;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object thisValue;
        Object function;
        if (callee instanceof GetMemberNode member) {
            thisValue = member.getObject().execute(frame);
            function = member.executeWithReceiver(frame, thisValue);
        } else if (callee instanceof PrivateGetNode member) {
            thisValue = member.getObject().execute(frame);
            function = member.executeWithReceiver(frame, thisValue);
        } else if (callee instanceof SuperPropertyNode member) {
            function = member.execute(frame);
            thisValue = member.thisValue(frame);
        } else {
            thisValue = Undefined.INSTANCE;
            function = callee.execute(frame);
        }
        if (optional) {
            OptionalChainNode.checkNullish(function);
        }
        Object[] frameArguments;
        if (spreadArguments != null) {
            frameArguments = spreadArguments.executeArguments(frame);
        } else {
            frameArguments = new Object[arguments.length + JSFunctionObject.ARGUMENTS_OFFSET];
            for (int i = 0; i < arguments.length; i++) {
                frameArguments[i + JSFunctionObject.ARGUMENTS_OFFSET] = arguments[i].execute(frame);
            }
        }
        frameArguments[JSFunctionObject.CALLEE_INDEX] = function;
        frameArguments[JSFunctionObject.THIS_INDEX] = thisValue;
        try {
            return dispatch.execute(function, frameArguments);
        } catch (StackOverflowError e) {
            CompilerDirectives.transferToInterpreter();
            throw ErrorObjects.raise(GjsContext.get(this).getRealm(), ErrorType.RangeError, "Maximum call stack size exceeded", this);
        }
    }
}
