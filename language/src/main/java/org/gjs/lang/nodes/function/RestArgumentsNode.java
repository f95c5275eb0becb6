package org.gjs.lang.nodes.function;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.GjsContext;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.nodes.pattern.ArrayCopies;
import org.gjs.lang.runtime.JSArrayObject;
import org.gjs.lang.runtime.JSFunctionObject;

/**
 * A rest parameter ({@code function f(a, ...rest)}) or the arguments object: a new array of the
 * arguments from {@code from} on. Int arguments are stored unboxed.
 */
public final class RestArgumentsNode extends JSNode {
    private final int from;

    public RestArgumentsNode(int from) {
        this.from = from;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] arguments = frame.getArguments();
        int start = from + JSFunctionObject.ARGUMENTS_OFFSET;
        int length = Math.max(0, arguments.length - start);
        Object[] values = new Object[length];
        if (length > 0) {
            System.arraycopy(arguments, start, values, 0, length);
        }
        return JSArrayObject.create(GjsContext.get(this).getRealm(), ArrayCopies.narrow(values, length), length);
    }
}
