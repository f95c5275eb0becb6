package org.gjs.lang.nodes.function;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import org.gjs.lang.GjsContext;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.nodes.access.EnvironmentSlot;
import org.gjs.lang.runtime.FunctionData;
import org.gjs.lang.runtime.JSFunctionObject;
import org.gjs.lang.runtime.JSObject;
import org.gjs.lang.runtime.JSRealm;
import org.gjs.lang.runtime.PropertyFlags;
import org.gjs.lang.runtime.Strings;

/**
 * Makes a closure of a function literal over the current environment (frames are never
 * materialized), with its own {@code length} and {@code name}, and for a constructor a fresh
 * {@code prototype} object whose {@code constructor} is the function.
 */
public final class FunctionLiteralNode extends JSNode {
    private static final int READ_ONLY = PropertyFlags.NOT_ENUMERABLE | PropertyFlags.NOT_WRITABLE;

    private final FunctionData data;
    @Child private DynamicObjectLibrary functionProperties = DynamicObjectLibrary.getFactory().createDispatched(1);
    @Child private DynamicObjectLibrary prototypeProperties;

    public FunctionLiteralNode(FunctionData data) {
        this.data = data;
        this.prototypeProperties = data.isConstructor() ? DynamicObjectLibrary.getFactory().createDispatched(1) : null;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        JSRealm realm = GjsContext.get(this).getRealm();
        JSFunctionObject function = realm.newFunction(data, EnvironmentSlot.current(frame));
        functionProperties.putWithFlags(function, Strings.LENGTH, data.getLength(), READ_ONLY);
        functionProperties.putWithFlags(function, Strings.NAME, data.getNameString(), READ_ONLY);
        if (prototypeProperties != null) {
            JSObject prototype = realm.newObject();
            prototypeProperties.putWithFlags(prototype, Strings.CONSTRUCTOR, function, PropertyFlags.NOT_ENUMERABLE);
            functionProperties.putWithFlags(function, Strings.PROTOTYPE, prototype, PropertyFlags.NOT_ENUMERABLE | PropertyFlags.NOT_CONFIGURABLE);
        }
        return function;
    }
}
