package org.gjs.lang.nodes.function;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.ConditionProfile;
import org.gjs.lang.GjsContext;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.JSFunctionObject;
import org.gjs.lang.runtime.Null;
import org.gjs.lang.runtime.Undefined;

/** The receiver a function was called with; sloppy functions see the global object instead of undefined or null. */
public final class ThisArgumentNode extends JSNode {
    private final boolean strict;
    private final ConditionProfile nullish = ConditionProfile.create();

    public ThisArgumentNode(boolean strict) {
        this.strict = strict;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object thisValue = frame.getArguments()[JSFunctionObject.THIS_INDEX];
        if (!strict && nullish.profile(thisValue == Undefined.INSTANCE || thisValue == Null.INSTANCE)) {
            return GjsContext.get(this).getRealm().getGlobalObject();
        }
        return thisValue;
    }
}
