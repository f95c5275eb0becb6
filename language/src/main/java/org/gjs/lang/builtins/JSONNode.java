package org.gjs.lang.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.GjsContext;
import org.gjs.lang.runtime.Conversions;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.ErrorType;
import org.gjs.lang.runtime.JSArrayObject;
import org.gjs.lang.runtime.JSFunctionObject;
import org.gjs.lang.runtime.JSObject;
import org.gjs.lang.runtime.JSRealm;
import org.gjs.lang.runtime.Strings;
import org.gjs.lang.runtime.Undefined;

/** JSON.parse (with a reviver) and JSON.stringify. */
final class JSONNode extends BuiltinNode {
    static final Builtin[] ALL = {
                    new Builtin("parse", 2, () -> new JSONNode(true)),
                    new Builtin("stringify", 3, () -> new JSONNode(false)),
    };

    private final boolean parse;

    private JSONNode(boolean parse) {
        this.parse = parse;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        JSRealm realm = GjsContext.get(this).getRealm();
        return parse ? parse(realm, argument(frame, 0), argument(frame, 1)) : stringify(realm, argument(frame, 0), argument(frame, 1), argument(frame, 2));
    }

    @TruffleBoundary
    private Object parse(JSRealm realm, Object text, Object reviver) {
        Object result;
        try {
            result = new JSONParser(realm, Strings.toJava(Conversions.toStringUncached(text))).parse();
        } catch (JSONParser.Failure e) {
            throw ErrorObjects.raise(realm, ErrorType.SyntaxError, e.getMessage(), this);
        }
        if (reviver instanceof JSFunctionObject function) {
            JSObject root = realm.newObject();
            root.putUncached(Strings.EMPTY, result);
            return revive(function, root, Strings.EMPTY);
        }
        return result;
    }

    /** InternalizeJSONProperty: children first, then the reviver on each; undefined removes the property. */
    private Object revive(JSFunctionObject reviver, JSObject holder, com.oracle.truffle.api.strings.TruffleString key) {
        Object value = holder instanceof JSArrayObject array ? elementOrUndefined(array, key) : holder.getUncached(key);
        if (value instanceof JSArrayObject array) {
            for (int i = 0; i < array.length(); i++) {
                Object revived = revive(reviver, array, Strings.fromJava(Integer.toString(i)));
                if (revived == Undefined.INSTANCE) {
                    array.setHole(i);
                } else {
                    array.set(i, revived);
                }
            }
        } else if (value instanceof JSObject object && !(object instanceof JSFunctionObject)) {
            for (var childKey : org.gjs.lang.runtime.EnumerableKeys.ownEnumerableStringKeys(object)) {
                Object revived = revive(reviver, object, childKey);
                if (revived == Undefined.INSTANCE) {
                    com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached().removeKey(object, childKey);
                } else {
                    object.putUncached(childKey, revived);
                }
            }
        }
        return reviver.getData().getCallTarget().call(reviver, holder, key, value);
    }

    private static Object elementOrUndefined(JSArrayObject array, com.oracle.truffle.api.strings.TruffleString key) {
        Object value = array.get(Integer.parseInt(Strings.toJava(key)));
        return value == null ? Undefined.INSTANCE : value;
    }

    @TruffleBoundary
    private Object stringify(JSRealm realm, Object value, Object replacer, Object space) {
        try {
            String json = new JSONStringifier(realm, replacer, space).stringify(value);
            return json == null ? Undefined.INSTANCE : Strings.fromJava(json);
        } catch (JSONStringifier.Failure e) {
            throw ErrorObjects.raise(realm, ErrorType.TypeError, e.getMessage(), this);
        }
    }
}
