package org.gjs.lang.nodes.function;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.gjs.lang.GjsContext;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.nodes.access.GetMemberNode;
import org.gjs.lang.runtime.JSArrayObject;
import org.gjs.lang.runtime.JSFunctionObject;
import org.gjs.lang.runtime.JSRealm;
import org.gjs.lang.runtime.Strings;
import org.gjs.lang.runtime.Undefined;

/**
 * {@code tag`a${x}b`}: calls the tag with the template object (the cooked strings, undefined where an
 * escape is invalid, with the raw strings as {@code raw}) and the substitutions. The template object
 * is made once per site and realm, so a tag sees the same object every time, as the spec requires.
 * (The spec freezes it; gjs cannot freeze non-empty arrays yet, so it stays writable.)
 */
public final class TaggedTemplateNode extends JSNode {
    @Child private JSNode tag;
    @Children private final JSNode[] substitutions;
    @Child private DispatchNode dispatch;
    private final String[] cooked;
    private final String[] raw;
    private JSRealm cachedRealm;
    private JSArrayObject cachedTemplate;

    public TaggedTemplateNode(JSNode tag, String[] cooked, String[] raw, JSNode[] substitutions, String tagText) {
        this.tag = tag;
        this.cooked = cooked;
        this.raw = raw;
        this.substitutions = substitutions;
        this.dispatch = DispatchNodeGen.create(tagText);
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object thisValue;
        Object function;
        if (tag instanceof GetMemberNode member) {
            thisValue = member.getObject().execute(frame);
            function = member.executeWithReceiver(frame, thisValue);
        } else {
            thisValue = Undefined.INSTANCE;
            function = tag.execute(frame);
        }
        Object[] arguments = new Object[JSFunctionObject.ARGUMENTS_OFFSET + 1 + substitutions.length];
        arguments[JSFunctionObject.CALLEE_INDEX] = function;
        arguments[JSFunctionObject.THIS_INDEX] = thisValue;
        arguments[JSFunctionObject.ARGUMENTS_OFFSET] = templateObject(GjsContext.get(this).getRealm());
        for (int i = 0; i < substitutions.length; i++) {
            arguments[JSFunctionObject.ARGUMENTS_OFFSET + 1 + i] = substitutions[i].execute(frame);
        }
        return dispatch.execute(function, arguments);
    }

    @TruffleBoundary
    private JSArrayObject templateObject(JSRealm realm) {
        if (cachedRealm == realm && cachedTemplate != null) {
            return cachedTemplate;
        }
        JSArrayObject strings = JSArrayObject.createEmpty(realm);
        JSArrayObject rawStrings = JSArrayObject.createEmpty(realm);
        for (int i = 0; i < raw.length; i++) {
            strings.set(i, cooked[i] == null ? Undefined.INSTANCE : (Object) Strings.fromJava(cooked[i]));
            rawStrings.set(i, Strings.fromJava(raw[i]));
        }
        strings.defineHiddenUncached(Strings.constant("raw"), rawStrings);
        cachedRealm = realm;
        cachedTemplate = strings;
        return strings;
    }
}
