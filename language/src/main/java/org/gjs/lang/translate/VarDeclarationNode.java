package org.gjs.lang.translate;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;
import org.gjs.lang.GjsContext;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.JSObject;
import org.gjs.lang.runtime.Undefined;

/** A script's top-level {@code var x}: a global property, undefined unless it already exists. Runs once per script. */
final class VarDeclarationNode extends JSNode {
    private final TruffleString name;

    VarDeclarationNode(TruffleString name) {
        this.name = name;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        declare(GjsContext.get(this).getRealm().getGlobalObject());
        return Undefined.INSTANCE;
    }

    @TruffleBoundary
    private void declare(JSObject global) {
        if (!DynamicObjectLibrary.getUncached().containsKey(global, name)) {
            global.putUncached(name, Undefined.INSTANCE);
        }
    }
}
