package org.gjs.lang.nodes.literal;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.GjsContext;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.nodes.pattern.ArrayCopies;
import org.gjs.lang.nodes.pattern.IterableToArrayNode;
import org.gjs.lang.nodes.pattern.SpreadListNode;
import org.gjs.lang.runtime.JSArrayObject;

/**
 * {@code [...a, 1, , ...b]}: an array literal with spreads. Which positions spread is fixed; the
 * length is known once the spread values are. Holes stay holes; an all-int result is stored unboxed.
 */
public final class ArraySpreadLiteralNode extends JSNode {
    @Child private SpreadListNode items;

    public ArraySpreadLiteralNode(JSNode[] elements, IterableToArrayNode[] spreads) {
        this.items = new SpreadListNode(elements, spreads);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] result = items.execute(frame, 0);
        return JSArrayObject.create(GjsContext.get(this).getRealm(), storage(result), result.length);
    }

    /** Holes need Object storage; otherwise the narrowest that holds the values. */
    private static Object storage(Object[] values) {
        for (Object value : values) {
            if (value == null) {
                return values;
            }
        }
        return ArrayCopies.narrow(values, values.length);
    }
}
