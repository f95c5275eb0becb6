package org.gjs.lang.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.GjsContext;
import org.gjs.lang.runtime.Inspect;
import org.gjs.lang.runtime.Undefined;

/** console.log and its siblings: the arguments formatted as node's util.format does, one line to stdout or stderr. */
public final class ConsolePrintNode extends BuiltinNode {
    private final boolean toStderr;

    public ConsolePrintNode(boolean toStderr) {
        this.toStderr = toStderr;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        print(GjsContext.get(this), frame.getArguments());
        return Undefined.INSTANCE;
    }

    @TruffleBoundary
    private void print(GjsContext context, Object[] frameArguments) {
        String line = Inspect.format(frameArguments, org.gjs.lang.runtime.JSFunctionObject.ARGUMENTS_OFFSET);
        (toStderr ? context.getErr() : context.getOut()).println(line);
    }
}
