package org.gjs.lang.nodes.pattern;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.gjs.lang.GjsContext;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.JSObject;

/** {@code {a, ...rest}}: a new object with the source's own enumerable properties other than the keys the pattern named. */
public final class ObjectRestNode extends JSNode {
    @Child private JSNode source;
    /** The keys named before the rest element (constants or the temporaries that hold computed keys). */
    @Children private final JSNode[] excludedKeys;

    public ObjectRestNode(JSNode source, JSNode[] excludedKeys) {
        this.source = source;
        this.excludedKeys = excludedKeys;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object from = source.execute(frame);
        Object[] excluded = new Object[excludedKeys.length];
        for (int i = 0; i < excludedKeys.length; i++) {
            excluded[i] = excludedKeys[i].execute(frame);
        }
        JSObject rest = GjsContext.get(this).getRealm().newObject();
        DataProperties.copy(rest, from, excluded);
        return rest;
    }
}
