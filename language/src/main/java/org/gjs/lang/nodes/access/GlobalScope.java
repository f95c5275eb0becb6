package org.gjs.lang.nodes.access;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;
import org.gjs.lang.runtime.JSObject;
import org.gjs.lang.runtime.JSRealm;

/** Name resolution at the top of the scope chain: the global declarative record, then the global object and its prototypes. */
final class GlobalScope {
    private GlobalScope() {
    }

    /** The value, or null if no global binding has that name. */
    @TruffleBoundary
    static Object lookup(JSRealm realm, TruffleString name) {
        DynamicObjectLibrary objects = DynamicObjectLibrary.getUncached();
        Object lexical = objects.getOrDefault(realm.getGlobalLexicals(), name, null);
        if (lexical != null) {
            return lexical;
        }
        Object current = realm.getGlobalObject();
        while (current instanceof JSObject object) {
            Object value = objects.getOrDefault(object, name, null);
            if (value != null) {
                return value instanceof org.gjs.lang.runtime.Accessor accessor ? accessor.get(realm.getGlobalObject()) : value;
            }
            current = object.getPrototypeUncached();
        }
        return null;
    }

    /** Where an assignment to a global name goes: the lexical record if it declares the name, else the global object. */
    @TruffleBoundary
    static JSObject holderFor(JSRealm realm, TruffleString name) {
        if (DynamicObjectLibrary.getUncached().containsKey(realm.getGlobalLexicals(), name)) {
            return realm.getGlobalLexicals();
        }
        return realm.getGlobalObject();
    }
}
