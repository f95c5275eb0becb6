package org.gjs.lang.builtins;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.GjsContext;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.ErrorType;
import org.gjs.lang.runtime.JSObject;

/** Error.prototype.toString: "name: message", leaving out what is empty. */
final class ErrorToStringNode extends BuiltinNode {
    @Override
    public Object execute(VirtualFrame frame) {
        if (!(thisValue(frame) instanceof JSObject error)) {
            throw ErrorObjects.raise(GjsContext.get(this).getRealm(), ErrorType.TypeError, "Error.prototype.toString requires that 'this' be an Object", this);
        }
        return ErrorObjects.summary(error);
    }
}
