package org.gjs.lang.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.profiles.BranchProfile;
import com.oracle.truffle.api.strings.TruffleString;
import org.gjs.lang.GjsContext;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.ErrorType;
import org.gjs.lang.runtime.JSRealm;
import org.gjs.lang.runtime.Undefined;

/**
 * Reads a name that no enclosing function declares. The fast path finds it in the global record
 * or as an own property of the global object (console, setTimeout, top-level vars) with
 * shape-cached lookups; anything else walks the prototype chain. An unknown name is a ReferenceError.
 */
public final class ReadGlobalNode extends JSNode {
    private final TruffleString name;
    /** typeof x on an undeclared x gives "undefined" rather than throwing. */
    private final boolean forTypeof;
    @Child private DynamicObjectLibrary lexicals = DynamicObjectLibrary.getFactory().createDispatched(2);
    @Child private DynamicObjectLibrary globals = DynamicObjectLibrary.getFactory().createDispatched(2);
    private final BranchProfile slowPath = BranchProfile.create();

    public ReadGlobalNode(TruffleString name, boolean forTypeof) {
        this.name = name;
        this.forTypeof = forTypeof;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        JSRealm realm = GjsContext.get(this).getRealm();
        Object value = lexicals.getOrDefault(realm.getGlobalLexicals(), name, null);
        if (value != null) {
            return value;
        }
        value = globals.getOrDefault(realm.getGlobalObject(), name, null);
        if (value != null) {
            return value instanceof org.gjs.lang.runtime.Accessor accessor ? accessor.get(realm.getGlobalObject()) : value;
        }
        slowPath.enter();
        value = GlobalScope.lookup(realm, name);
        if (value != null) {
            return value;
        }
        if (forTypeof) {
            return Undefined.INSTANCE;
        }
        throw ErrorObjects.notDefined(realm, name, this);
    }
}
