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
import org.gjs.lang.runtime.Strings;

/** String.raw: the raw strings of a template with the substitutions between them. */
final class StringRawNode extends BuiltinNode {
    @Override
    public Object execute(VirtualFrame frame) {
        return raw(argument(frame, 0), frame.getArguments());
    }

    @TruffleBoundary
    private Object raw(Object template, Object[] frameArguments) {
        if (!(template instanceof JSObject object) || !(object.getUncached(Strings.constant("raw")) instanceof JSArrayObject raw)) {
            throw ErrorObjects.raise(GjsContext.get(this).getRealm(), ErrorType.TypeError, "Cannot convert undefined or null to object", this);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            Object piece = raw.get(i);
            sb.append(Strings.toJava(Conversions.toStringUncached(piece == null ? org.gjs.lang.runtime.Undefined.INSTANCE : piece)));
            int substitution = JSFunctionObject.ARGUMENTS_OFFSET + 1 + i;
            if (i + 1 < raw.length() && substitution < frameArguments.length) {
                sb.append(Strings.toJava(Conversions.toStringUncached(frameArguments[substitution])));
            }
        }
        return Strings.fromJava(sb.toString());
    }
}
