package org.gjs.lang.nodes.binary;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import org.gjs.lang.runtime.Conversions;

/** {@code & | ^ << >> >>>} on ToInt32 / ToUint32 of their operands. */
public abstract class BitwiseNode {
    private BitwiseNode() {
    }

    /** ECMAScript ToInt32. */
    public static int toInt32(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return 0;
        }
        return (int) (long) ((d % 4294967296.0));
    }

    static int toInt32(Object value) {
        if (value instanceof Integer i) {
            return i;
        }
        return toInt32(Conversions.toNumber(value));
    }

    public abstract static class AndNode extends BinaryNode {
        @Specialization
        protected static int andInts(int left, int right) {
            return left & right;
        }

        @Fallback
        protected static int andGeneric(Object left, Object right) {
            return toInt32(left) & toInt32(right);
        }
    }

    public abstract static class OrNode extends BinaryNode {
        @Specialization
        protected static int orInts(int left, int right) {
            return left | right;
        }

        @Fallback
        protected static int orGeneric(Object left, Object right) {
            return toInt32(left) | toInt32(right);
        }
    }

    public abstract static class XorNode extends BinaryNode {
        @Specialization
        protected static int xorInts(int left, int right) {
            return left ^ right;
        }

        @Fallback
        protected static int xorGeneric(Object left, Object right) {
            return toInt32(left) ^ toInt32(right);
        }
    }

    public abstract static class ShiftLeftNode extends BinaryNode {
        @Specialization
        protected static int shlInts(int left, int right) {
            return left << right;
        }

        @Fallback
        protected static int shlGeneric(Object left, Object right) {
            return toInt32(left) << toInt32(right);
        }
    }

    public abstract static class ShiftRightNode extends BinaryNode {
        @Specialization
        protected static int sarInts(int left, int right) {
            return left >> right;
        }

        @Fallback
        protected static int sarGeneric(Object left, Object right) {
            return toInt32(left) >> toInt32(right);
        }
    }

    public abstract static class UnsignedShiftRightNode extends BinaryNode {
        @Specialization(guards = "left >= 0")
        protected static int shrNonNegative(int left, int right) {
            return left >>> right;
        }

        @Specialization(replaces = "shrNonNegative")
        protected static double shrInts(int left, int right) {
            return Integer.toUnsignedLong(left >>> right);
        }

        @Fallback
        protected static double shrGeneric(Object left, Object right) {
            return Integer.toUnsignedLong(toInt32(left) >>> toInt32(right));
        }
    }
}
