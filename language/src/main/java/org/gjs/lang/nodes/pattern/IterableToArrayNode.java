package org.gjs.lang.nodes.pattern;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.ConditionProfile;
import com.oracle.truffle.api.strings.TruffleString;
import org.gjs.lang.GjsContext;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.ErrorType;
import org.gjs.lang.runtime.JSArrayObject;
import org.gjs.lang.runtime.JSException;
import org.gjs.lang.runtime.Null;
import org.gjs.lang.runtime.Undefined;

/**
 * The value an array pattern or a spread iterates, as an array whose elements are what iteration
 * would yield: an array is used as it is (its elements are read as iteration reaches them, so
 * writes by earlier targets and defaults are seen, as the array iterator sees them); a string
 * becomes the array of its code points. Anything else is V8's TypeError for a non-iterable.
 */
public final class IterableToArrayNode extends JSNode {
    /** Which of V8's "is not iterable" messages this place gets. */
    public enum Message {
        /** "{text} is not iterable": the source is a name or a literal V8 can print. */
        TEXT,
        /** "{text} is not a function or its return value is not iterable": the source is a call. */
        CALL_RESULT,
        /** "number 7 is not iterable (cannot read property Symbol(Symbol.iterator))": no printable source. */
        DESCRIBE_VALUE,
        /** A spread argument of a call: "{text} is not iterable (cannot read property undefined)", or "Spread syntax requires ...". */
        SPREAD_ARGUMENT
    }

    @Child private JSNode value;
    private final Message message;
    private final String text;
    private final ConditionProfile isArray = ConditionProfile.create();

    public IterableToArrayNode(JSNode value, Message message, String text) {
        this.value = value;
        this.message = message;
        this.text = text;
    }

    @Override
    public JSArrayObject execute(VirtualFrame frame) {
        return toArray(value.execute(frame));
    }

    public JSArrayObject toArray(Object v) {
        if (isArray.profile(v instanceof JSArrayObject)) {
            return (JSArrayObject) v;
        }
        if (v instanceof TruffleString s) {
            return Iterables.codePoints(GjsContext.get(this).getRealm(), s);
        }
        throw notIterable(v);
    }

    @TruffleBoundary
    private JSException notIterable(Object v) {
        String m = switch (message) {
            case TEXT -> text + " is not iterable";
            case CALL_RESULT -> text + " is not a function or its return value is not iterable";
            case DESCRIBE_VALUE -> Iterables.describe(v) + " is not iterable (cannot read property Symbol(Symbol.iterator))";
            case SPREAD_ARGUMENT -> v == Undefined.INSTANCE || v == Null.INSTANCE
                            ? text + " is not iterable (cannot read property " + (v == Null.INSTANCE ? "null" : "undefined") + ")"
                            : "Spread syntax requires ...iterable[Symbol.iterator] to be a function";
        };
        throw ErrorObjects.raise(GjsContext.get(this).getRealm(), ErrorType.TypeError, m, this);
    }
}
