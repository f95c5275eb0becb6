package org.gjs.lang.builtins;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import org.gjs.lang.GjsLanguage;

/** The root of a built-in function's call target. */
public final class BuiltinRootNode extends RootNode {
    @Child private BuiltinNode body;
    private final String name;

    public BuiltinRootNode(GjsLanguage language, BuiltinNode body, String name) {
        super(language);
        this.body = body;
        this.name = name;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return body.execute(frame);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isCloningAllowed() {
        return true;
    }

    @Override
    public String toString() {
        return "builtin " + name;
    }
}
