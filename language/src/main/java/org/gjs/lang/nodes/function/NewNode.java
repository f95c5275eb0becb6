package org.gjs.lang.nodes.function;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.gjs.lang.GjsContext;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.nodes.pattern.SpreadListNode;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.ErrorType;
import org.gjs.lang.runtime.JSException;
import org.gjs.lang.runtime.JSFunctionObject;

/**
 * {@code new F(args)}: evaluates F and the arguments, checks that F is a constructor, then
 * [[Construct]]s it with new.target F (see {@link ConstructNode} for what each kind of function gets).
 */
public final class NewNode extends JSNode {
    @Child private JSNode callee;
    @Children private final JSNode[] arguments;
    /** The argument list when it has spreads (then {@link #arguments} is empty). */
    @Child private SpreadListNode spreadArguments;
    @Child private ConstructNode construct;
    private final String calleeText;

    public NewNode(JSNode callee, JSNode[] arguments, String calleeText) {
        this.callee = callee;
        this.arguments = arguments;
        this.calleeText = calleeText;
        this.construct = new ConstructNode(calleeText);
    }

    /** {@code new F(a, ...xs)}. */
    public NewNode(JSNode callee, SpreadListNode spreadArguments, String calleeText) {
        this(callee, new JSNode[0], calleeText);
        this.spreadArguments = spreadArguments;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object function = callee.execute(frame);
        Object[] frameArguments;
        if (spreadArguments != null) {
            frameArguments = spreadArguments.executeArguments(frame);
        } else {
            frameArguments = new Object[arguments.length + JSFunctionObject.ARGUMENTS_OFFSET];
            for (int i = 0; i < arguments.length; i++) {
                frameArguments[i + JSFunctionObject.ARGUMENTS_OFFSET] = arguments[i].execute(frame);
            }
        }
        if (!(function instanceof JSFunctionObject constructor) || !constructor.getData().isConstructor()) {
            throw notAConstructor();
        }
        return construct.execute(constructor, constructor, frameArguments);
    }

    @TruffleBoundary
    private JSException notAConstructor() {
        throw ErrorObjects.raise(GjsContext.get(this).getRealm(), ErrorType.TypeError, calleeText + " is not a constructor", this);
    }
}
