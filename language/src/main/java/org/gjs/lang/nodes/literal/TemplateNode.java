package org.gjs.lang.nodes.literal;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.strings.TruffleString;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.Conversions;
import org.gjs.lang.runtime.Strings;

/** An untagged template literal: the cooked strings with ToString of each substitution between them. */
public final class TemplateNode extends JSNode {
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal(dimensions = 1) private final TruffleString[] strings;
    @Children private final JSNode[] substitutions;
    @Child private TruffleString.ConcatNode concat = TruffleString.ConcatNode.create();

    public TemplateNode(TruffleString[] strings, JSNode[] substitutions) {
        this.strings = strings;
        this.substitutions = substitutions;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        TruffleString result = strings[0];
        for (int i = 0; i < substitutions.length; i++) {
            Object value = substitutions[i].execute(frame);
            TruffleString text = value instanceof TruffleString s ? s : Conversions.toStringUncached(value);
            result = concat.execute(result, text, Strings.ENCODING, true);
            result = concat.execute(result, strings[i + 1], Strings.ENCODING, true);
        }
        return result;
    }
}
