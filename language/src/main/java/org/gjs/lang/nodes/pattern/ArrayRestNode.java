package org.gjs.lang.nodes.pattern;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.GjsContext;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.JSArrayObject;

/** {@code [a, ...rest]}: a new array of the source's elements from {@code from} on, holes read as undefined. */
public final class ArrayRestNode extends JSNode {
    @Child private JSNode array;
    private final int from;

    public ArrayRestNode(JSNode array, int from) {
        this.array = array;
        this.from = from;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return ArrayCopies.slice(GjsContext.get(this).getRealm(), (JSArrayObject) array.execute(frame), from);
    }
}
