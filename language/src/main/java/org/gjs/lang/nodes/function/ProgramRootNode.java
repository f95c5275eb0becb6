package org.gjs.lang.nodes.function;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;
import org.gjs.lang.GjsContext;
import org.gjs.lang.GjsLanguage;
import org.gjs.lang.nodes.JSNode;

/**
 * A script's top level. Evaluating it runs the script, then the event loop until nothing keeps it
 * alive, as {@code node file.js} does; its result is the script's completion value.
 */
public final class ProgramRootNode extends RootNode {
    @Child private JSNode body;
    private final SourceSection sourceSection;

    public ProgramRootNode(GjsLanguage language, FrameDescriptor descriptor, JSNode body, SourceSection sourceSection) {
        super(language, descriptor);
        this.body = body;
        this.sourceSection = sourceSection;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        GjsContext context = GjsContext.get(this);
        boolean outermost = context.enterProgram();
        try {
            Object result = body.execute(frame);
            if (outermost) {
                // A program evaluated from JS (the Function constructor) must not run ticks or the loop itself.
                context.drainTicks();
                context.runEventLoop();
                exitWithCode(context);
            }
            return result;
        } finally {
            context.exitProgram();
        }
    }

    /** A program that set process.exitCode ends the process with it, as node does when the loop is done. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private void exitWithCode(GjsContext context) {
        int code = context.exitCode();
        if (code != 0) {
            context.getEnv().getContext().closeExited(this, code);
        }
    }

    @Override
    public SourceSection getSourceSection() {
        return sourceSection;
    }

    @Override
    public String getName() {
        return "";
    }
}
