package org.gjs.lang.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Property;
import org.gjs.lang.GjsContext;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.ErrorType;
import org.gjs.lang.runtime.JSArrayObject;
import org.gjs.lang.runtime.JSObject;
import org.gjs.lang.runtime.Strings;
import org.gjs.lang.runtime.Null;
import org.gjs.lang.runtime.PropertyFlags;
import org.gjs.lang.runtime.Undefined;

/** {@code delete o.p} / {@code delete o[k]}: removes an own property; true unless it could not be removed. */
public final class DeleteMemberNode extends JSNode {
    @Child private JSNode object;
    @Child private JSNode key;
    @Child private ToPropertyKeyNode toKey = ToPropertyKeyNodeGen.create();
    @Child private DynamicObjectLibrary objects = DynamicObjectLibrary.getFactory().createDispatched(3);

    private final boolean strict;

    public DeleteMemberNode(JSNode object, JSNode key, boolean strict) {
        this.object = object;
        this.key = key;
        this.strict = strict;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object receiver = object.execute(frame);
        Object k = toKey.execute(key.execute(frame));
        if (receiver instanceof JSArrayObject array && k instanceof Integer index) {
            if (index < array.length()) {
                array.setHole(index);
            }
            return true;
        }
        if (receiver instanceof JSObject o) {
            Object name = k instanceof Integer ? Strings.fromJava(k.toString()) : k;
            Property property = objects.getProperty(o, name);
            if (property != null && (property.getFlags() & PropertyFlags.NOT_CONFIGURABLE) != 0) {
                if (strict) {
                    throw ErrorObjects.raise(GjsContext.get(this).getRealm(), ErrorType.TypeError, "Cannot delete property '" + name + "' of #<Object>", this);
                }
                return false;
            }
            objects.removeKey(o, name);
            return true;
        }
        if (receiver == Undefined.INSTANCE || receiver == Null.INSTANCE) {
            throw ErrorObjects.raise(GjsContext.get(this).getRealm(), ErrorType.TypeError, "Cannot convert undefined or null to object", this);
        }
        return true;
    }
}
