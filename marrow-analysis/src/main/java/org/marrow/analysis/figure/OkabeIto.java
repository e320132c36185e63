package org.marrow.analysis.figure;

import java.awt.Color;

/**
 * The Okabe-Ito palette: eight colours that stay distinguishable for the common forms of colour
 * blindness (Okabe M, Ito K. Color Universal Design, 2008; also R's {@code palette.colors()}).
 * Every figure of this package draws with these colours only.
 */
public enum OkabeIto {
    /** Black, {@code #000000}. */
    BLACK(0x000000),
    /** Orange, {@code #E69F00}. */
    ORANGE(0xE69F00),
    /** Sky blue, {@code #56B4E9}. */
    SKY_BLUE(0x56B4E9),
    /** Bluish green, {@code #009E73}. */
    BLUISH_GREEN(0x009E73),
    /** Yellow, {@code #F0E442}. */
    YELLOW(0xF0E442),
    /** Blue, {@code #0072B2}. */
    BLUE(0x0072B2),
    /** Vermillion, {@code #D55E00}. */
    VERMILLION(0xD55E00),
    /** Reddish purple, {@code #CC79A7}. */
    REDDISH_PURPLE(0xCC79A7),
    /** Grey, {@code #999999}: R's ninth entry, used for "no response" and background lines. */
    GREY(0x999999);

    private final int rgb;

    OkabeIto(int rgb) {
        this.rgb = rgb;
    }

    /**
     * The colour.
     *
     * @return an opaque AWT colour
     */
    public Color color() {
        return new Color(rgb);
    }

    /**
     * The colour as a CSS hex string.
     *
     * @return for example {@code "#E69F00"}
     */
    public String hex() {
        return String.format("#%06X", rgb);
    }

    /**
     * The colour of the i-th series of a figure, cycling through the palette without black and
     * grey (kept for axes, text and background lines).
     *
     * @param index the series index, from 0
     * @return the series colour
     * @throws IllegalArgumentException if index is negative
     */
    public static OkabeIto series(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("Series index (" + index + ") must be >= 0");
        }
        OkabeIto[] order = {BLUE, ORANGE, BLUISH_GREEN, VERMILLION, SKY_BLUE, REDDISH_PURPLE, YELLOW};
        return order[index % order.length];
    }
}
