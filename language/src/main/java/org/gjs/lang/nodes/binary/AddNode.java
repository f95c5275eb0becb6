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
        // Objects have no ToPrimitive protocol yet: ToString/ToNumber of an ordinary object is what it would give.
        if (left instanceof TruffleString || right instanceof TruffleString || isObject(left) || isObject(right)) {
            return Strings.concat(Conversions.toStringUncached(left), Conversions.toStringUncached(right));
        }
        return Conversions.toNumber(left) + Conversions.toNumber(right);
    }

    private static boolean isObject(Object value) {
        return value instanceof org.gjs.lang.runtime.JSObject;
    }
}
