package org.gjs.lang.nodes.binary;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import org.gjs.lang.runtime.Conversions;

/** {@code - * / %}: ints where the result is exactly an int (and not -0), doubles otherwise. */
public abstract class ArithmeticNode {
    private ArithmeticNode() {
    }

    public abstract static class SubtractNode extends BinaryNode {
        @Specialization(rewriteOn = ArithmeticException.class)
        protected static int subInts(int left, int right) {
            return Math.subtractExact(left, right);
        }

        @Specialization(replaces = "subInts")
        protected static double subDoubles(double left, double right) {
            return left - right;
        }

        @Fallback
        protected static double subGeneric(Object left, Object right) {
            return Conversions.toNumber(left) - Conversions.toNumber(right);
        }
    }

    public abstract static class MultiplyNode extends BinaryNode {
        @Specialization(rewriteOn = ArithmeticException.class)
        protected static int mulInts(int left, int right) {
            int product = Math.multiplyExact(left, right);
            if (product == 0 && (left | right) < 0) {
                throw new ArithmeticException("-0"); // JS gives -0, which an int cannot hold
            }
            return product;
        }

        @Specialization(replaces = "mulInts")
        protected static double mulDoubles(double left, double right) {
            return left * right;
        }

        @Fallback
        protected static double mulGeneric(Object left, Object right) {
            return Conversions.toNumber(left) * Conversions.toNumber(right);
        }
    }

    public abstract static class DivideNode extends BinaryNode {
        @Specialization(guards = "isExactIntDivision(left, right)")
        protected static int divExact(int left, int right) {
            return left / right;
        }

        @Specialization(replaces = "divExact")
        protected static double divDoubles(double left, double right) {
            return left / right;
        }

        @Fallback
        protected static double divGeneric(Object left, Object right) {
            return Conversions.toNumber(left) / Conversions.toNumber(right);
        }

        /** The quotient is an int: no remainder, no -0 (0 / negative), no overflow (MIN / -1). */
        protected static boolean isExactIntDivision(int left, int right) {
            return right != 0 && left % right == 0 && (left != 0 || right > 0) && !(left == Integer.MIN_VALUE && right == -1);
        }
    }

    public abstract static class RemainderNode extends BinaryNode {
        @Specialization(guards = {"left >= 0", "right > 0"})
        protected static int remPositive(int left, int right) {
            return left % right;
        }

        @Specialization(replaces = "remPositive")
        protected static double remDoubles(double left, double right) {
            return left % right;
        }

        @Fallback
        protected static double remGeneric(Object left, Object right) {
            return Conversions.toNumber(left) % Conversions.toNumber(right);
        }
    }

    public abstract static class ExponentNode extends BinaryNode {
        @Specialization
        protected static double pow(double left, double right) {
            return Exponent.pow(left, right);
        }

        @Fallback
        protected static double powGeneric(Object left, Object right) {
            return Exponent.pow(Conversions.toNumber(left), Conversions.toNumber(right));
        }
    }
}
