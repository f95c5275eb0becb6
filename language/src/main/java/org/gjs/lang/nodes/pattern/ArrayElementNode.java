package org.gjs.lang.nodes.pattern;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.JSArrayObject;
import org.gjs.lang.runtime.Undefined;

/** The index-th value an array pattern takes from its (array) source: undefined for holes and past the end. */
public final class ArrayElementNode extends JSNode {
    @Child private JSNode array;
    private final int index;

    public ArrayElementNode(JSNode array, int index) {
        this.array = array;
        this.index = index;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object value = ((JSArrayObject) array.execute(frame)).get(index);
        return value == null ? Undefined.INSTANCE : value;
    }
}
