package org.marrow.dataset;

/** Numbers read straight from the bytes of a CSV cell. */
final class Numbers {
    private static final double[] POWERS_OF_TEN = new double[23];
    private static final long EXACT = 1L << 53;

    static {
        double power = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = power;
            power *= 10;
        }
    }

    private Numbers() {}

    /**
     * A plain decimal ({@code [+-]?[0-9]+(\.[0-9]+)?}) whose digits fit a double exactly, as {@link
     * Double#parseDouble} reads it: the digits as a whole number divided by a power of ten, both exact,
     * so the quotient is the correctly rounded value (Clinger's fast path). NaN for anything else, to be
     * read by {@code Double.parseDouble}.
     */
    static double plainDecimal(byte[] bytes, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (bytes[i] == '-' || bytes[i] == '+')) {
            negative = bytes[i] == '-';
            i++;
        }
        long digits = 0;
        int count = 0;
        int fraction = -1;
        for (; i < to; i++) {
            byte b = bytes[i];
            if (b >= '0' && b <= '9') {
                digits = digits * 10 + (b - '0');
                count++;
                if (fraction >= 0) {
                    fraction++;
                }
                if (digits >= EXACT) {
                    return Double.NaN;
                }
            } else if (b == '.' && fraction < 0 && count > 0 && i + 1 < to) {
                fraction = 0;
            } else {
                return Double.NaN;
            }
        }
        if (count == 0 || fraction >= POWERS_OF_TEN.length) {
            return Double.NaN;
        }
        double value = fraction > 0 ? digits / POWERS_OF_TEN[fraction] : digits;
        return negative ? -value : value;
    }
}
