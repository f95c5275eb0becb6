package org.gjs.lang.translate;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.GjsContext;
import org.gjs.lang.nodes.JSNode;

/** The realm's global object: {@code this} at the top level of a script. */
final class GlobalObjectNode extends JSNode {
    @Override
    public Object execute(VirtualFrame frame) {
        return GjsContext.get(this).getRealm().getGlobalObject();
    }
}
