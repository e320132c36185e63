package org.marrow.analysis.figure;

import java.util.List;

/** The sample figures, for tests of other packages. */
public final class SampleFigures {
    private SampleFigures() {}

    /**
     * Every kind of figure, drawn from the hand-made samples.
     *
     * @return six figures
     */
    public static List<Figure> all() {
        return FigureGalleryTest.all();
    }

    /**
     * Document 000's response rates at months 3 and 6.
     *
     * @return two timepoints
     */
    public static List<TimepointRates> rates() {
        return Samples.doc000Rates();
    }
}
