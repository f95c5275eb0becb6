package org.gjs.lang.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.Source;
import org.gjs.lang.GjsLanguage;
import org.gjs.lang.runtime.Conversions;
import org.gjs.lang.runtime.JSFunctionObject;
import org.gjs.lang.runtime.Strings;
import org.gjs.lang.translate.ProgramLoader;

/**
 * Function(p1, ..., body): a function made from source text, in the global scope, as
 * {@code (function anonymous(p1,...\n) {\nbody\n})} parsed and evaluated as a script.
 */
final class FunctionConstructorNode extends BuiltinNode {
    @Override
    public Object execute(VirtualFrame frame) {
        return create(GjsLanguage.get(this), frame.getArguments());
    }

    @TruffleBoundary
    private static Object create(GjsLanguage language, Object[] frameArguments) {
        int count = frameArguments.length - JSFunctionObject.ARGUMENTS_OFFSET;
        StringBuilder params = new StringBuilder();
        for (int i = 0; i < count - 1; i++) {
            if (i > 0) {
                params.append(',');
            }
            params.append(Strings.toJava(Conversions.toStringUncached(frameArguments[JSFunctionObject.ARGUMENTS_OFFSET + i])));
        }
        String body = count > 0 ? Strings.toJava(Conversions.toStringUncached(frameArguments[frameArguments.length - 1])) : "";
        String text = "(function anonymous(" + params + "\n) {\n" + body + "\n})";
        Source source = Source.newBuilder(GjsLanguage.ID, text, "anonymous").build();
        return ProgramLoader.load(language, source).getCallTarget().call();
    }
}
