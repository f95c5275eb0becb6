package org.gjs.lang.nodes.binary;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;
import org.gjs.lang.runtime.Conversions;

/** The relational operators {@code < > <= >=} (IsLessThan, with the operands swapped for > and <=). */
public abstract class CompareNode {
    private CompareNode() {
    }

    /** -1, 0, 1 as strings compare by UTF-16 code units; null when either side is NaN. */
    @TruffleBoundary
    static Integer compareGeneric(Object leftValue, Object rightValue) {
        Object left = Conversions.toPrimitive(leftValue, Conversions.Hint.NUMBER);
        Object right = Conversions.toPrimitive(rightValue, Conversions.Hint.NUMBER);
        if (left instanceof TruffleString a && right instanceof TruffleString b) {
            return Integer.signum(a.compareCharsUTF16Uncached(b));
        }
        double x = Conversions.toNumber(left);
        double y = Conversions.toNumber(right);
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return null;
        }
        return x < y ? -1 : (x > y ? 1 : 0);
    }

    public abstract static class LessThanNode extends BinaryNode {
        @Specialization
        protected static boolean ltInts(int left, int right) {
            return left < right;
        }

        @Specialization
        protected static boolean ltDoubles(double left, double right) {
            return left < right;
        }

        @Specialization
        protected static boolean ltStrings(TruffleString left, TruffleString right, @Cached TruffleString.CompareCharsUTF16Node compare) {
            return compare.execute(left, right) < 0;
        }

        @Fallback
        protected static boolean ltGeneric(Object left, Object right) {
            Integer c = compareGeneric(left, right);
            return c != null && c < 0;
        }
    }

    public abstract static class GreaterThanNode extends BinaryNode {
        @Specialization
        protected static boolean gtInts(int left, int right) {
            return left > right;
        }

        @Specialization
        protected static boolean gtDoubles(double left, double right) {
            return left > right;
        }

        @Specialization
        protected static boolean gtStrings(TruffleString left, TruffleString right, @Cached TruffleString.CompareCharsUTF16Node compare) {
            return compare.execute(left, right) > 0;
        }

        @Fallback
        protected static boolean gtGeneric(Object left, Object right) {
            Integer c = compareGeneric(left, right);
            return c != null && c > 0;
        }
    }

    public abstract static class LessOrEqualNode extends BinaryNode {
        @Specialization
        protected static boolean leInts(int left, int right) {
            return left <= right;
        }

        @Specialization
        protected static boolean leDoubles(double left, double right) {
            return left <= right;
        }

        @Specialization
        protected static boolean leStrings(TruffleString left, TruffleString right, @Cached TruffleString.CompareCharsUTF16Node compare) {
            return compare.execute(left, right) <= 0;
        }

        @Fallback
        protected static boolean leGeneric(Object left, Object right) {
            Integer c = compareGeneric(left, right);
            return c != null && c <= 0;
        }
    }

    public abstract static class GreaterOrEqualNode extends BinaryNode {
        @Specialization
        protected static boolean geInts(int left, int right) {
            return left >= right;
        }

        @Specialization
        protected static boolean geDoubles(double left, double right) {
            return left >= right;
        }

        @Specialization
        protected static boolean geStrings(TruffleString left, TruffleString right, @Cached TruffleString.CompareCharsUTF16Node compare) {
            return compare.execute(left, right) >= 0;
        }

        @Fallback
        protected static boolean geGeneric(Object left, Object right) {
            Integer c = compareGeneric(left, right);
            return c != null && c >= 0;
        }
    }
}
