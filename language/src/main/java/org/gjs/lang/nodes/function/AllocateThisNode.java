package org.gjs.lang.nodes.function;

import com.oracle.truffle.api.nodes.Node;
import org.gjs.lang.GjsContext;
import org.gjs.lang.GjsLanguage;
import org.gjs.lang.nodes.access.ReadPropertyNode;
import org.gjs.lang.nodes.access.ReadPropertyNodeGen;
import org.gjs.lang.runtime.JSFunctionObject;
import org.gjs.lang.runtime.JSObject;
import org.gjs.lang.runtime.Strings;

/** OrdinaryCreateFromConstructor: a new ordinary object whose prototype is {@code newTarget.prototype} (Object.prototype if that is not an object). */
public final class AllocateThisNode extends Node {
    @Child private ReadPropertyNode readPrototype = ReadPropertyNodeGen.create();

    public JSObject execute(JSFunctionObject newTarget) {
        Object prototype = readPrototype.execute(newTarget, Strings.PROTOTYPE);
        JSObject proto = prototype instanceof JSObject p ? p : GjsContext.get(this).getRealm().getObjectPrototype();
        return JSObject.create(proto.instanceShape(GjsLanguage.get(this).getRootShapes()));
    }
}
