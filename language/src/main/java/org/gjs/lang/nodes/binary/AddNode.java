package org.gjs.lang.nodes.binary;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;
import org.gjs.lang.runtime.Conversions;
import org.gjs.lang.runtime.Strings;

/** {@code a + b}: int arithmetic that overflows to double, string concatenation, else ToPrimitive then either. */
public abstract class AddNode extends BinaryNode {
    @Specialization(rewriteOn = ArithmeticException.class)
    protected static int addInts(int left, int right) {
        return Math.addExact(left, right);
    }

    @Specialization(replaces = "addInts")
    protected static double addDoubles(double left, double right) {
        return left + right;
    }

    @Specialization
    protected static TruffleString addStrings(TruffleString left, TruffleString right, @Cached TruffleString.ConcatNode concat) {
        return concat.execute(left, right, Strings.ENCODING, true);
    }

    @Fallback
    @TruffleBoundary
    protected static Object addGeneric(Object left, Object right) {
        Object l = Conversions.toPrimitive(left, Conversions.Hint.DEFAULT);
        Object r = Conversions.toPrimitive(right, Conversions.Hint.DEFAULT);
        if (l instanceof TruffleString || r instanceof TruffleString) {
            return Strings.concat(Conversions.toStringUncached(l), Conversions.toStringUncached(r));
        }
        return Conversions.toNumber(l) + Conversions.toNumber(r);
    }
}
