package org.gjs.lang.nodes.binary;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;
import org.gjs.lang.runtime.Conversions;
import org.gjs.lang.runtime.Null;
import org.gjs.lang.runtime.Strings;
import org.gjs.lang.runtime.Undefined;

/** {@code === !== == !=}; the negated forms wrap these in a not. */
public abstract class EqualityNode {
    private EqualityNode() {
    }

    public abstract static class StrictEqualNode extends BinaryNode {
        @Specialization
        protected static boolean seqInts(int left, int right) {
            return left == right;
        }

        @Specialization
        protected static boolean seqDoubles(double left, double right) {
            return left == right;
        }

        @Specialization
        protected static boolean seqBooleans(boolean left, boolean right) {
            return left == right;
        }

        @Specialization
        protected static boolean seqStrings(TruffleString left, TruffleString right, @Cached TruffleString.EqualNode equal) {
            return equal.execute(left, right, Strings.ENCODING);
        }

        @Fallback
        protected static boolean seqGeneric(Object left, Object right) {
            return strictEquals(left, right);
        }
    }

    public abstract static class LooseEqualNode extends BinaryNode {
        @Specialization
        protected static boolean eqInts(int left, int right) {
            return left == right;
        }

        @Specialization
        protected static boolean eqDoubles(double left, double right) {
            return left == right;
        }

        @Specialization
        protected static boolean eqStrings(TruffleString left, TruffleString right, @Cached TruffleString.EqualNode equal) {
            return equal.execute(left, right, Strings.ENCODING);
        }

        @Fallback
        protected static boolean eqGeneric(Object left, Object right) {
            return looseEquals(left, right);
        }
    }

    @TruffleBoundary
    public static boolean strictEquals(Object left, Object right) {
        if (isNumber(left) && isNumber(right)) {
            return ((Number) left).doubleValue() == ((Number) right).doubleValue();
        }
        if (left instanceof TruffleString a && right instanceof TruffleString b) {
            return a.equalsUncached(b, Strings.ENCODING);
        }
        if (left instanceof Boolean a && right instanceof Boolean b) {
            return a.booleanValue() == b.booleanValue();
        }
        return left == right;
    }

    @TruffleBoundary
    static boolean looseEquals(Object left, Object right) {
        boolean leftNullish = left == Undefined.INSTANCE || left == Null.INSTANCE;
        boolean rightNullish = right == Undefined.INSTANCE || right == Null.INSTANCE;
        if (leftNullish || rightNullish) {
            return leftNullish && rightNullish;
        }
        if (sameType(left, right)) {
            return strictEquals(left, right);
        }
        boolean leftPrimitive = isPrimitive(left);
        boolean rightPrimitive = isPrimitive(right);
        if (leftPrimitive && rightPrimitive) {
            return Conversions.toNumber(left) == Conversions.toNumber(right);
        }
        if (leftPrimitive != rightPrimitive) {
            Object primitive = leftPrimitive ? left : right;
            Object object = leftPrimitive ? right : left;
            Object converted = Conversions.toPrimitive(object, Conversions.Hint.DEFAULT);
            // A foreign object has no JS ToPrimitive here: it equals no primitive.
            return isPrimitive(converted) && looseEquals(primitive, converted);
        }
        return left == right;
    }

    private static boolean isNumber(Object value) {
        return value instanceof Integer || value instanceof Double;
    }

    private static boolean isPrimitive(Object value) {
        return isNumber(value) || value instanceof TruffleString || value instanceof Boolean;
    }

    private static boolean sameType(Object left, Object right) {
        return (isNumber(left) && isNumber(right)) || (left instanceof TruffleString && right instanceof TruffleString)
                        || (left instanceof Boolean && right instanceof Boolean) || (!isPrimitive(left) && !isPrimitive(right));
    }
}
