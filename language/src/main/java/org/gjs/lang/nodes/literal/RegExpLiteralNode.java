package org.gjs.lang.nodes.literal;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.GjsContext;
import org.gjs.lang.builtins.RegExps;
import org.gjs.lang.nodes.JSNode;

/** {@code /pattern/flags}: a new RegExp object each time it is evaluated; the matcher is compiled once per context. */
public final class RegExpLiteralNode extends JSNode {
    private final String pattern;
    private final String flags;

    public RegExpLiteralNode(String pattern, String flags) {
        this.pattern = pattern;
        this.flags = flags;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return RegExps.create(GjsContext.get(this), pattern, flags, this);
    }
}
