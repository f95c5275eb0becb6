package org.gjs.lang.nodes.access;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;
import org.gjs.lang.GjsContext;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.ErrorType;
import org.gjs.lang.runtime.JSObject;
import org.gjs.lang.runtime.JSRealm;
import org.gjs.lang.runtime.PropertyFlags;

/**
 * Assigns a name that no enclosing function declares, or declares a top-level binding of a
 * script. Sloppy code may create a global property by assignment; strict code gets a ReferenceError.
 */
public final class WriteGlobalNode extends JSNode {
    public enum Mode {
        ASSIGN,
        DECLARE_VAR,
        DECLARE_LEXICAL,
        DECLARE_CONST
    }

    private final TruffleString name;
    private final Mode mode;
    private final boolean strict;
    @Child private JSNode value;
    @Child private DynamicObjectLibrary objects = DynamicObjectLibrary.getFactory().createDispatched(3);

    public WriteGlobalNode(TruffleString name, Mode mode, boolean strict, JSNode value) {
        this.name = name;
        this.mode = mode;
        this.strict = strict;
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object result = value.execute(frame);
        JSRealm realm = GjsContext.get(this).getRealm();
        switch (mode) {
            case DECLARE_LEXICAL -> objects.put(realm.getGlobalLexicals(), name, result);
            case DECLARE_CONST -> objects.putWithFlags(realm.getGlobalLexicals(), name, result, PropertyFlags.NOT_WRITABLE);
            case DECLARE_VAR -> objects.put(realm.getGlobalObject(), name, result);
            default -> assign(realm, result);
        }
        return result;
    }

    @TruffleBoundary
    private void assign(JSRealm realm, Object result) {
        JSObject holder = GlobalScope.holderFor(realm, name);
        if (strict && holder == realm.getGlobalObject() && GlobalScope.lookup(realm, name) == null) {
            throw ErrorObjects.notDefined(realm, name, this);
        }
        if (holder == realm.getGlobalLexicals() && (DynamicObjectLibrary.getUncached().getProperty(holder, name).getFlags() & PropertyFlags.NOT_WRITABLE) != 0) {
            throw ErrorObjects.raise(realm, ErrorType.TypeError, "Assignment to constant variable.", this);
        }
        holder.putUncached(name, result);
    }
}
