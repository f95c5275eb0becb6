package org.gjs.lang.nodes.literal;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;
import org.gjs.lang.GjsContext;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.nodes.access.ToPropertyKeyNode;
import org.gjs.lang.nodes.access.ToPropertyKeyNodeGen;
import org.gjs.lang.nodes.pattern.DataProperties;
import org.gjs.lang.runtime.Conversions;
import org.gjs.lang.runtime.JSObject;
import org.gjs.lang.runtime.Null;
import org.gjs.lang.runtime.PropertyDescriptors;

/**
 * An object literal with more than constant-keyed data members: computed keys, getters and
 * setters, spreads and {@code __proto__: value}, evaluated member by member in source order.
 */
public final class ObjectLiteralGenericNode extends JSNode {
    public enum Kind {
        DATA,
        GETTER,
        SETTER,
        SPREAD,
        PROTO
    }

    private static final Object[] NO_KEYS = new Object[0];

    @CompilationFinal(dimensions = 1) private final Kind[] kinds;
    /** Constant keys; null where the key is computed (then {@link #keyNodes} has it) or for spreads. */
    @CompilationFinal(dimensions = 1) private final TruffleString[] keys;
    @Children private final JSNode[] keyNodes;
    @Children private final JSNode[] values;
    @Children private final ToPropertyKeyNode[] toKeys;
    @Child private DynamicObjectLibrary objects = DynamicObjectLibrary.getFactory().createDispatched(3);

    public ObjectLiteralGenericNode(Kind[] kinds, TruffleString[] keys, JSNode[] keyNodes, JSNode[] values) {
        this.kinds = kinds;
        this.keys = keys;
        this.keyNodes = keyNodes;
        this.values = values;
        this.toKeys = new ToPropertyKeyNode[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            if (keyNodes[i] != null) {
                toKeys[i] = ToPropertyKeyNodeGen.create();
            }
        }
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        JSObject object = GjsContext.get(this).getRealm().newObject();
        for (int i = 0; i < kinds.length; i++) {
            Object key = keys[i];
            if (keyNodes[i] != null) {
                Object computed = toKeys[i].execute(keyNodes[i].execute(frame));
                key = computed instanceof TruffleString s ? s : Conversions.toStringUncached(computed);
            }
            Object value = values[i].execute(frame);
            switch (kinds[i]) {
                case DATA -> objects.put(object, key, value);
                case GETTER -> PropertyDescriptors.defineAccessor(object, key, value, null, true);
                case SETTER -> PropertyDescriptors.defineAccessor(object, key, null, value, true);
                case SPREAD -> DataProperties.copy(object, value, NO_KEYS);
                case PROTO -> {
                    if (value instanceof JSObject || value == Null.INSTANCE) {
                        objects.putConstant(object, JSObject.PROTOTYPE_KEY, value, 0);
                    }
                }
            }
        }
        return object;
    }
}
