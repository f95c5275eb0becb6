package org.gjs.lang.translate;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import org.gjs.lang.GjsContext;
import org.gjs.lang.GjsLanguage;
import org.gjs.lang.runtime.JSException;

/** A function whose body uses a construct gjs cannot run yet: calling it throws a SyntaxError naming the construct and its place. */
final class UnsupportedFunctionRootNode extends RootNode {
    private final Source source;
    private final UnsupportedSyntax reason;
    private final String name;

    UnsupportedFunctionRootNode(GjsLanguage language, Source source, UnsupportedSyntax reason, String name) {
        super(language);
        this.source = source;
        this.reason = reason;
        this.name = name;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        throw raise();
    }

    @TruffleBoundary
    private JSException raise() {
        throw SyntaxErrors.unsupported(GjsContext.get(this).getRealm(), source, reason);
    }

    @Override
    public String getName() {
        return name;
    }
}
