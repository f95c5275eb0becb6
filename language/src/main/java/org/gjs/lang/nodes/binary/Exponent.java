package org.gjs.lang.nodes.binary;

/** Number::exponentiate differs from Math.pow where the base is +-1 and the exponent is not finite. */
final class Exponent {
    private Exponent() {
    }

    static double pow(double base, double exponent) {
        if (Double.isNaN(exponent) || (Math.abs(base) == 1 && Double.isInfinite(exponent))) {
            return Double.NaN;
        }
        return Math.pow(base, exponent);
    }
}
