package org.gjs.lang.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.GjsContext;
import org.gjs.lang.runtime.Conversions;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.ErrorType;
import org.gjs.lang.runtime.JSObject;
import org.gjs.lang.runtime.JSRealm;
import org.gjs.lang.runtime.Strings;
import org.gjs.lang.runtime.Undefined;

/** Error, TypeError, ...: called or constructed, a new error with the message, the cause and the stack of the caller. */
final class ErrorConstructorNode extends BuiltinNode {
    private final ErrorType type;

    ErrorConstructorNode(ErrorType type) {
        this.type = type;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return create(GjsContext.get(this).getRealm(), argument(frame, 0), argument(frame, 1));
    }

    @TruffleBoundary
    private JSObject create(JSRealm realm, Object message, Object options) {
        String text = message == Undefined.INSTANCE ? null : Strings.toJava(Conversions.toStringUncached(message));
        JSObject error = ErrorObjects.createFromConstructor(realm, type, text, this);
        if (options instanceof JSObject o && o.hasPropertyUncached(Strings.constant("cause"))) {
            error.defineHiddenUncached(Strings.constant("cause"), o.getUncached(Strings.constant("cause")));
        }
        return error;
    }
}
