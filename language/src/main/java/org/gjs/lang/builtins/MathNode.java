package org.gjs.lang.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.gjs.lang.runtime.Conversions;
import org.gjs.lang.runtime.Numbers;
import org.gjs.lang.runtime.JSFunctionObject;

/** The functions of the Math object. Results that are ints come back as ints, for the int fast paths. */
final class MathNode extends BuiltinNode {
    enum Function {
        ABS(1), FLOOR(1), CEIL(1), ROUND(1), TRUNC(1), SIGN(1), SQRT(1), CBRT(1), EXP(1), EXPM1(1), LOG(1), LOG1P(1), LOG2(1), LOG10(1),
        SIN(1), COS(1), TAN(1), ASIN(1), ACOS(1), ATAN(1), SINH(1), COSH(1), TANH(1), ATAN2(2), POW(2), MIN(2), MAX(2), HYPOT(2), RANDOM(0), FROUND(1);

        final int length;

        Function(int length) {
            this.length = length;
        }

        String jsName() {
            String lower = name().toLowerCase(java.util.Locale.ROOT);
            return switch (this) {
                case EXPM1 -> "expm1";
                case LOG1P -> "log1p";
                default -> lower;
            };
        }
    }

    static Builtin[] all() {
        Function[] functions = Function.values();
        Builtin[] builtins = new Builtin[functions.length];
        for (int i = 0; i < functions.length; i++) {
            Function function = functions[i];
            builtins[i] = new Builtin(function.jsName(), function.length, () -> new MathNode(function));
        }
        return builtins;
    }

    private final Function function;

    private MathNode(Function function) {
        this.function = function;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return Numbers.normalize(compute(frame.getArguments()));
    }

    @TruffleBoundary
    private double compute(Object[] arguments) {
        int count = arguments.length - JSFunctionObject.ARGUMENTS_OFFSET;
        switch (function) {
            case MIN, MAX -> {
                double result = function == Function.MIN ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
                for (int i = 0; i < count; i++) {
                    double v = Conversions.toNumber(arguments[i + JSFunctionObject.ARGUMENTS_OFFSET]);
                    result = function == Function.MIN ? Math.min(result, v) : Math.max(result, v);
                }
                return result;
            }
            case HYPOT -> {
                double sum = 0;
                boolean infinite = false;
                boolean nan = false;
                for (int i = 0; i < count; i++) {
                    double v = Conversions.toNumber(arguments[i + JSFunctionObject.ARGUMENTS_OFFSET]);
                    infinite |= Double.isInfinite(v);
                    nan |= Double.isNaN(v);
                    sum += v * v;
                }
                return infinite ? Double.POSITIVE_INFINITY : nan ? Double.NaN : Math.sqrt(sum);
            }
            case RANDOM -> {
                return java.util.concurrent.ThreadLocalRandom.current().nextDouble();
            }
            default -> {
            }
        }
        double x = count > 0 ? Conversions.toNumber(arguments[JSFunctionObject.ARGUMENTS_OFFSET]) : Double.NaN;
        double y = count > 1 ? Conversions.toNumber(arguments[JSFunctionObject.ARGUMENTS_OFFSET + 1]) : Double.NaN;
        return switch (function) {
            case ABS -> Math.abs(x);
            case FLOOR -> Math.floor(x);
            case CEIL -> Math.ceil(x);
            case ROUND -> round(x);
            case TRUNC -> x < 0 ? Math.ceil(x) : Math.floor(x);
            case SIGN -> Double.isNaN(x) || x == 0 ? x : Math.signum(x);
            case SQRT -> Math.sqrt(x);
            case CBRT -> Math.cbrt(x);
            case EXP -> Math.exp(x);
            case EXPM1 -> Math.expm1(x);
            case LOG -> Math.log(x);
            case LOG1P -> Math.log1p(x);
            case LOG2 -> Math.log(x) / Math.log(2);
            case LOG10 -> Math.log10(x);
            case SIN -> Math.sin(x);
            case COS -> Math.cos(x);
            case TAN -> Math.tan(x);
            case ASIN -> Math.asin(x);
            case ACOS -> Math.acos(x);
            case ATAN -> Math.atan(x);
            case SINH -> Math.sinh(x);
            case COSH -> Math.cosh(x);
            case TANH -> Math.tanh(x);
            case ATAN2 -> Math.atan2(x, y);
            case POW -> Double.isNaN(y) || (Math.abs(x) == 1 && Double.isInfinite(y)) ? Double.NaN : Math.pow(x, y);
            case FROUND -> (float) x;
            default -> throw new IllegalStateException(function.name());
        };
    }

    /** Math.round: halves go up (-2.5 to -2), -0 and small negatives keep their sign. */
    private static double round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double floor = Math.floor(x);
        double result = x - floor >= 0.5 ? floor + 1 : floor;
        return result == 0 && (x < 0 || 1 / x < 0) ? -0.0 : result;
    }
}
