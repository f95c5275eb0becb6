package org.gjs.lang.nodes.pattern;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.JSArrayObject;
import org.gjs.lang.runtime.JSFunctionObject;

/**
 * A list with spreads ({@code f(a, ...xs, b)}, {@code [a, ...xs, , b]}): the values flattened into a new
 * array whose length is known only when the spread values are. The list's shape (which positions
 * spread) is a compile-time constant. A null item is a hole (array literals), left as Java null.
 */
public final class SpreadListNode extends Node {
    @Children private final JSNode[] arguments;
    /** For a spread position: the node that turns its value into an array; null for a plain argument. */
    @Children private final IterableToArrayNode[] spreads;
    @CompilationFinal(dimensions = 1) private final boolean[] isSpread;

    /** @param spreads per argument, the iterable conversion of a spread argument (whose value node it wraps), or null */
    public SpreadListNode(JSNode[] arguments, IterableToArrayNode[] spreads) {
        this.arguments = arguments;
        this.spreads = spreads;
        this.isSpread = new boolean[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            isSpread[i] = spreads[i] != null;
        }
    }

    /** The frame arguments of a call: the values from index ARGUMENTS_OFFSET on (callee and this left empty). */
    public Object[] executeArguments(VirtualFrame frame) {
        return execute(frame, JSFunctionObject.ARGUMENTS_OFFSET);
    }

    /** The flattened values, starting at {@code offset} of the returned array. */
    @ExplodeLoop
    public Object[] execute(VirtualFrame frame, int offset) {
        Object[] values = new Object[arguments.length];
        int count = 0;
        for (int i = 0; i < arguments.length; i++) {
            if (isSpread[i]) {
                // Copied as it is reached: a later argument may change the array.
                JSArrayObject array = spreads[i].execute(frame);
                Object[] copy = new Object[array.length()];
                ArrayCopies.copyInto(array, 0, copy, 0, copy.length);
                values[i] = copy;
                count += copy.length;
            } else {
                values[i] = arguments[i] == null ? null : arguments[i].execute(frame);
                count++;
            }
        }
        Object[] frameArguments = new Object[count + offset];
        int at = offset;
        for (int i = 0; i < arguments.length; i++) {
            if (isSpread[i]) {
                Object[] copy = (Object[]) values[i];
                System.arraycopy(copy, 0, frameArguments, at, copy.length);
                at += copy.length;
            } else {
                frameArguments[at++] = values[i];
            }
        }
        return frameArguments;
    }
}
