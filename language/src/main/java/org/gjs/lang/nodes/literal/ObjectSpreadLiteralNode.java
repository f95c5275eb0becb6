package org.gjs.lang.nodes.literal;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;
import org.gjs.lang.GjsContext;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.nodes.pattern.DataProperties;
import org.gjs.lang.runtime.JSObject;

/** {@code {a: 1, ...o, b}}: an object literal with spreads, members in source order; a null key marks a spread. */
public final class ObjectSpreadLiteralNode extends JSNode {
    private static final Object[] NO_KEYS = new Object[0];

    @CompilationFinal(dimensions = 1) private final TruffleString[] keys;
    @Children private final JSNode[] values;
    @Child private DynamicObjectLibrary objects = DynamicObjectLibrary.getFactory().createDispatched(3);

    public ObjectSpreadLiteralNode(TruffleString[] keys, JSNode[] values) {
        this.keys = keys;
        this.values = values;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        JSObject object = GjsContext.get(this).getRealm().newObject();
        for (int i = 0; i < keys.length; i++) {
            Object value = values[i].execute(frame);
            if (keys[i] == null) {
                DataProperties.copy(object, value, NO_KEYS);
            } else {
                objects.put(object, keys[i], value);
            }
        }
        return object;
    }
}
