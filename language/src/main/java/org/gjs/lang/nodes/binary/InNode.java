package org.gjs.lang.nodes.binary;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import org.gjs.lang.GjsContext;
import org.gjs.lang.runtime.Conversions;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.ErrorType;
import org.gjs.lang.runtime.JSException;
import org.gjs.lang.runtime.ArrayIndex;
import org.gjs.lang.runtime.JSArrayObject;
import org.gjs.lang.runtime.JSObject;
import org.gjs.lang.runtime.Strings;

/** {@code key in object}: an own or inherited property. */
public abstract class InNode extends BinaryNode {
    @Specialization
    protected static boolean inObject(Object key, JSObject object) {
        if (object instanceof JSArrayObject array) {
            int index = ArrayIndex.of(key);
            if (index != ArrayIndex.NOT_AN_INDEX) {
                return array.get(index) != null;
            }
            if (Conversions.toStringUncached(key).equalsUncached(Strings.LENGTH, Strings.ENCODING)) {
                return true;
            }
        }
        return object.hasPropertyUncached(Conversions.toStringUncached(key));
    }

    @Fallback
    protected static boolean inPrimitive(Object key, Object value, @Bind Node node) {
        throw notAnObject(node, key, value);
    }

    @TruffleBoundary
    private static JSException notAnObject(Node node, Object key, Object value) {
        throw ErrorObjects.raise(GjsContext.get(node).getRealm(), ErrorType.TypeError,
                        "Cannot use 'in' operator to search for '" + Conversions.toStringUncached(key) + "' in " + Conversions.toStringUncached(value), node);
    }
}
