package org.gjs.lang.runtime;

/** SameValue: like === except that NaN equals NaN and +0 differs from -0. */
public final class SameValue {
    private SameValue() {
    }

    public static boolean of(Object a, Object b) {
        if ((a instanceof Integer || a instanceof Double) && (b instanceof Integer || b instanceof Double)) {
            double x = ((Number) a).doubleValue();
            double y = ((Number) b).doubleValue();
            return Double.doubleToLongBits(x) == Double.doubleToLongBits(y) || (Double.isNaN(x) && Double.isNaN(y));
        }
        return org.gjs.lang.nodes.binary.EqualityNode.strictEquals(a, b);
    }
}
