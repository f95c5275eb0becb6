package org.gjs.lang.nodes.literal;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.gjs.lang.GjsContext;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.JSArrayObject;

/**
 * {@code [a, b, , c]}: starts with the storage this literal produced last time (int, double or
 * object elements), so a literal that always holds ints never boxes them. A null element is a hole.
 */
public final class ArrayLiteralNode extends JSNode {
    private enum Kind {
        INT,
        DOUBLE,
        OBJECT
    }

    @Children private final JSNode[] elements;
    @CompilationFinal private Kind kind = Kind.INT;

    public ArrayLiteralNode(JSNode[] elements) {
        this.elements = elements;
        for (JSNode element : elements) {
            if (element == null) {
                this.kind = Kind.OBJECT; // holes need Object storage
            }
        }
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object[] values = new Object[elements.length];
        for (int i = 0; i < elements.length; i++) {
            values[i] = elements[i] == null ? null : elements[i].execute(frame);
        }
        return JSArrayObject.create(GjsContext.get(this).getRealm(), storageFor(values), elements.length);
    }

    @ExplodeLoop
    private Object storageFor(Object[] values) {
        if (kind == Kind.INT) {
            int[] ints = new int[values.length];
            for (int i = 0; i < values.length; i++) {
                if (!(values[i] instanceof Integer v)) {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    kind = Kind.DOUBLE;
                    return storageFor(values);
                }
                ints[i] = v;
            }
            return ints;
        }
        if (kind == Kind.DOUBLE) {
            double[] doubles = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof Integer v) {
                    doubles[i] = v;
                } else if (values[i] instanceof Double v) {
                    doubles[i] = v;
                } else {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    kind = Kind.OBJECT;
                    return values;
                }
            }
            return doubles;
        }
        return values;
    }
}
