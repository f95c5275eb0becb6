package org.gjs.lang.nodes.access;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import org.gjs.lang.GjsContext;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.ErrorType;

/**
 * Reads a binding that lives in this function's frame. The slot's kind (int, double, object)
 * picks the specialization, as SimpleLanguage does; a lexical binding read before its
 * declaration ran (an empty slot) is a ReferenceError.
 */
public abstract class ReadLocalNode extends JSNode {
    protected final int slot;
    protected final String name;

    protected ReadLocalNode(int slot, String name) {
        this.slot = slot;
        this.name = name;
    }

    @Specialization(guards = "frame.isInt(slot)")
    protected int readInt(VirtualFrame frame) {
        return frame.getInt(slot);
    }

    @Specialization(guards = "frame.isDouble(slot)")
    protected double readDouble(VirtualFrame frame) {
        return frame.getDouble(slot);
    }

    @Specialization(guards = "frame.isBoolean(slot)")
    protected boolean readBoolean(VirtualFrame frame) {
        return frame.getBoolean(slot);
    }

    @Specialization(replaces = {"readInt", "readDouble", "readBoolean"})
    protected Object readObject(VirtualFrame frame, @Bind Node node) {
        Object value = frame.getValue(slot);
        if (value == null) {
            throw ErrorObjects.beforeInitialization(GjsContext.get(node).getRealm(), name, node);
        }
        return value;
    }
}
