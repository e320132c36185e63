package org.marrow.stats.competing;

/**
 * {@code s' V^-1 s} for a symmetric matrix {@code V}, with R's rule for deciding that {@code V} is
 * singular: {@code qr(V)} (LINPACK {@code dqrdc2}, tolerance 1e-7) finds a column whose norm,
 * after removing its projection on the previous columns, is below 1e-7 times its original norm (or
 * a zero column). cmprsk's {@code cuminc} computes the statistic only when {@code qr(V)} has full
 * rank.
 */
final class QuadraticForm {
    private static final double TOLERANCE = 1e-7;

    private QuadraticForm() {}

    /**
     * Computes {@code s' V^-1 s} by a Householder QR decomposition of {@code V}.
     *
     * @param s the vector
     * @param v the square matrix (not modified)
     * @return the quadratic form, or {@code NaN} if {@code V} is singular by R's rule
     */
    static double inverse(double[] s, double[][] v) {
        int p = s.length;
        double[][] x = new double[p][];
        for (int i = 0; i < p; i++) {
            x[i] = v[i].clone();
        }
        double[] b = s.clone();
        double[] original = new double[p];
        for (int j = 0; j < p; j++) {
            original[j] = columnNorm(x, j, 0);
            if (original[j] == 0) {
                original[j] = 1;
            }
        }
        for (int l = 0; l < p; l++) {
            double norm = columnNorm(x, l, l);
            if (!(norm >= original[l] * TOLERANCE) || norm == 0) {
                return Double.NaN;
            }
            // Reflect rows l..p-1 so that column l becomes (r_ll, 0, ..., 0).
            double alpha = x[l][l] >= 0 ? -norm : norm;
            double[] u = new double[p];
            for (int i = l; i < p; i++) {
                u[i] = x[i][l];
            }
            u[l] -= alpha;
            double uu = 0;
            for (int i = l; i < p; i++) {
                uu += u[i] * u[i];
            }
            for (int j = l; j < p; j++) {
                double dot = 0;
                for (int i = l; i < p; i++) {
                    dot += u[i] * x[i][j];
                }
                double f = 2 * dot / uu;
                for (int i = l; i < p; i++) {
                    x[i][j] -= f * u[i];
                }
            }
            double dot = 0;
            for (int i = l; i < p; i++) {
                dot += u[i] * b[i];
            }
            double f = 2 * dot / uu;
            for (int i = l; i < p; i++) {
                b[i] -= f * u[i];
            }
        }
        double[] y = new double[p];
        for (int i = p - 1; i >= 0; i--) {
            double r = b[i];
            for (int j = i + 1; j < p; j++) {
                r -= x[i][j] * y[j];
            }
            y[i] = r / x[i][i];
        }
        double q = 0;
        for (int i = 0; i < p; i++) {
            q += s[i] * y[i];
        }
        return q;
    }

    private static double columnNorm(double[][] x, int column, int fromRow) {
        double sum = 0;
        for (int i = fromRow; i < x.length; i++) {
            sum += x[i][column] * x[i][column];
        }
        return Math.sqrt(sum);
    }
}
