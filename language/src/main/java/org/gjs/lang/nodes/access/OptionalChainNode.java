package org.gjs.lang.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.profiles.BranchProfile;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.Null;
import org.gjs.lang.runtime.Undefined;

/**
 * Optional chaining: {@code a?.b.c}, {@code f?.()}. A link whose base is undefined or null ends the
 * whole chain, which then evaluates to undefined without evaluating the rest.
 */
public final class OptionalChainNode extends JSNode {
    /** Thrown by a link whose base is nullish; caught by the chain it belongs to. */
    static final class ShortCircuit extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        static final ShortCircuit INSTANCE = new ShortCircuit();
    }

    @Child private JSNode chain;
    private final BranchProfile shortCircuited = BranchProfile.create();

    public OptionalChainNode(JSNode chain) {
        this.chain = chain;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        try {
            return chain.execute(frame);
        } catch (ShortCircuit e) {
            shortCircuited.enter();
            return Undefined.INSTANCE;
        }
    }

    /** The base of an optional link: its value, or the end of the chain when it is nullish. */
    public static final class Guard extends JSNode {
        @Child private JSNode base;

        public Guard(JSNode base) {
            this.base = base;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object value = base.execute(frame);
            if (value == Undefined.INSTANCE || value == Null.INSTANCE) {
                throw ShortCircuit.INSTANCE;
            }
            return value;
        }
    }

    /** Ends the chain when a value (an optional call's function) is nullish. */
    public static void checkNullish(Object value) {
        if (value == Undefined.INSTANCE || value == Null.INSTANCE) {
            throw ShortCircuit.INSTANCE;
        }
    }
}
