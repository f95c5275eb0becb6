package org.gjs.lang.nodes.pattern;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.BranchProfile;
import org.gjs.lang.GjsContext;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.ErrorType;
import org.gjs.lang.runtime.JSException;
import org.gjs.lang.runtime.Null;
import org.gjs.lang.runtime.Undefined;

/**
 * The source of an object pattern: undefined and null are V8's TypeErrors ("Cannot destructure
 * property 'a' of 'o' as it is undefined."); any other value passes through.
 */
public final class ObjectCoercibleNode extends JSNode {
    @Child private JSNode value;
    /** The first property's key as V8 prints it, or null when the pattern has none (empty or rest only). */
    private final String firstKey;
    /** The source as V8 prints it; null: describe the value ("object null"); "" : a nested pattern. */
    private final String text;
    private final BranchProfile error = BranchProfile.create();

    public ObjectCoercibleNode(JSNode value, String firstKey, String text) {
        this.value = value;
        this.firstKey = firstKey;
        this.text = text;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object v = value.execute(frame);
        if (v == Undefined.INSTANCE || v == Null.INSTANCE) {
            error.enter();
            throw cannotDestructure(v);
        }
        return v;
    }

    @TruffleBoundary
    private JSException cannotDestructure(Object v) {
        String kind = v == Null.INSTANCE ? "null" : "undefined";
        String message;
        if (text != null && text.isEmpty() && firstKey != null) {
            message = "Cannot read properties of " + kind + " (reading '" + firstKey + "')";
        } else {
            String source = text == null || text.isEmpty() ? Iterables.describe(v) : text;
            message = firstKey == null ? "Cannot destructure '" + source + "' as it is " + kind + "."
                            : "Cannot destructure property '" + firstKey + "' of '" + source + "' as it is " + kind + ".";
        }
        throw ErrorObjects.raise(GjsContext.get(this).getRealm(), ErrorType.TypeError, message, this);
    }
}
