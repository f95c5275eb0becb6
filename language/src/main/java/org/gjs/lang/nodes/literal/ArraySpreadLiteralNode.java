package org.gjs.lang.nodes.literal;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.gjs.lang.GjsContext;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.nodes.pattern.ArrayCopies;
import org.gjs.lang.nodes.pattern.IterableToArrayNode;
import org.gjs.lang.runtime.JSArrayObject;

/**
 * {@code [...a, 1, , ...b]}: an array literal with spreads. Which positions spread is fixed; the
 * length is known once the spread values are. Holes stay holes; an all-int result is stored unboxed.
 */
public final class ArraySpreadLiteralNode extends JSNode {
    /** Plain elements; null for a hole or a spread position. */
    @Children private final JSNode[] elements;
    /** Per position, the conversion of a spread element, or null. */
    @Children private final IterableToArrayNode[] spreads;
    @CompilationFinal(dimensions = 1) private final boolean[] isSpread;

    public ArraySpreadLiteralNode(JSNode[] elements, IterableToArrayNode[] spreads) {
        this.elements = elements;
        this.spreads = spreads;
        this.isSpread = new boolean[elements.length];
        for (int i = 0; i < elements.length; i++) {
            isSpread[i] = spreads[i] != null;
        }
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object[] values = new Object[elements.length];
        int count = 0;
        for (int i = 0; i < elements.length; i++) {
            if (isSpread[i]) {
                // Spread elements are copied as they are reached: later elements may change the array.
                JSArrayObject array = spreads[i].execute(frame);
                Object[] copy = new Object[array.length()];
                ArrayCopies.copyInto(array, 0, copy, 0, copy.length);
                values[i] = copy;
                count += copy.length;
            } else {
                values[i] = elements[i] == null ? null : elements[i].execute(frame);
                count++;
            }
        }
        Object[] result = new Object[count];
        int at = 0;
        boolean holes = false;
        for (int i = 0; i < elements.length; i++) {
            if (isSpread[i]) {
                Object[] copy = (Object[]) values[i];
                System.arraycopy(copy, 0, result, at, copy.length);
                at += copy.length;
            } else {
                holes |= values[i] == null;
                result[at++] = values[i];
            }
        }
        Object storage = holes ? result : ArrayCopies.narrow(result, count);
        return JSArrayObject.create(GjsContext.get(this).getRealm(), storage, count);
    }
}
