package org.marrow.analysis.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.graphics2d.svg.SVGHints;

/**
 * The drawing surface shared by the figures: a Graphics2D in points plus the house style (fonts,
 * strokes, text alignment) and SVG grouping, so that tests can find a figure's parts by class.
 */
final class Canvas {
    /** The font stack written into SVG: Liberation Sans has the metrics of Arial and Helvetica. */
    static final String CSS_FONT_FAMILY = "Liberation Sans, Arial, Helvetica, sans-serif";

    /** Liberation Sans Regular as shipped inside PDFBox (SIL Open Font License). */
    static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    static final float TITLE_SIZE = 11f;
    static final float LABEL_SIZE = 10f;
    static final float TEXT_SIZE = 9f;

    private static final Font BASE = loadFont();
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    final Graphics2D g;
    private final String prefix;
    private final boolean svg;
    private int serial;

    Canvas(Graphics2D g, String prefix, boolean svg) {
        this.g = g;
        this.prefix = prefix;
        this.svg = svg;
        g.setFont(font(TEXT_SIZE, false));
    }

    private static Font loadFont() {
        try (InputStream in = Canvas.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("font " + FONT_RESOURCE + " not found on the class path (PDFBox)");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + FONT_RESOURCE, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("cannot read font " + FONT_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    static Font font(float size, boolean bold) {
        return BASE.deriveFont(bold ? Font.BOLD : Font.PLAIN, size);
    }

    /** Opens an SVG group {@code <g id="prefix-n" class="cls">}; a no-op for raster output. */
    void begin(String cls) {
        begin(cls, null);
    }

    /** Opens a group with a tooltip ({@code data-label}) naming what it shows. */
    void begin(String cls, String label) {
        if (!svg) {
            return;
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("id", prefix + "-" + (++serial));
        attributes.put("class", cls);
        if (label != null) {
            attributes.put("data-label", label);
        }
        g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, attributes);
    }

    /**
     * Opens a group with a tooltip: in SVG a {@code <g class="cls">} whose {@code <title>} a browser
     * shows when the pointer rests on what is drawn in it; a no-op for raster output. Close with
     * {@link #end()}.
     */
    void tip(String cls, String tooltip) {
        begin(cls);
        if (svg) {
            g.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, tooltip);
        }
    }

    /** Draws a line through the points (x[i], y[i]) with the current stroke. */
    void polyline(double[] x, double[] y) {
        java.awt.geom.Path2D.Double path = new java.awt.geom.Path2D.Double();
        for (int i = 0; i < x.length; i++) {
            if (i == 0) {
                path.moveTo(x[i], y[i]);
            } else {
                path.lineTo(x[i], y[i]);
            }
        }
        g.draw(path);
    }

    void end() {
        if (svg) {
            g.setRenderingHint(SVGHints.KEY_END_GROUP, "");
        }
    }

    void color(Color c) {
        g.setColor(c);
    }

    void color(OkabeIto c) {
        g.setColor(c.color());
    }

    void stroke(float width) {
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
    }

    void dashed(float width) {
        g.setStroke(
                new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
    }

    void line(double x1, double y1, double x2, double y2) {
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    void fillRect(double x, double y, double w, double h) {
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    void drawRect(double x, double y, double w, double h) {
        g.draw(new Rectangle2D.Double(x, y, w, h));
    }

    void fill(Shape s) {
        g.fill(s);
    }

    void draw(Shape s) {
        g.draw(s);
    }

    /** Text width in points, measured the same way for SVG and PNG (antialiased, fractional). */
    double width(String text, float size, boolean bold) {
        return measure(text, size, bold);
    }

    static double measure(String text, float size, boolean bold) {
        return font(size, bold).getStringBounds(text, FRC).getWidth();
    }

    /** Splits text into lines no wider than maxWidth, breaking at spaces (a long word stays whole). */
    static List<String> wrap(String text, float size, boolean bold, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && measure(candidate, size, bold) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** Draws text with its baseline at y; align -1 left, 0 centre, 1 right of x. */
    void text(String text, double x, double y, float size, boolean bold, int align) {
        g.setFont(font(size, bold));
        double w = align == -1 ? 0 : width(text, size, bold);
        double dx = align == -1 ? 0 : align == 0 ? -w / 2 : -w;
        g.drawString(text, (float) (x + dx), (float) y);
    }

    /** Draws text centred at x with its middle (cap height / 2) at y. */
    void textMiddle(String text, double x, double y, float size, boolean bold, int align) {
        text(text, x, y + size * 0.35, size, bold, align);
    }

    /** Draws text rotated 90 degrees anticlockwise, centred on (x, y), for a vertical axis label. */
    void verticalText(String text, double x, double y, float size, boolean bold) {
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.rotate(-Math.PI / 2);
        text(text, 0, size * 0.35, size, bold, 0);
        g.setTransform(saved);
    }

    /** The figure title, bold, left-aligned at the top. */
    void title(String title, double x) {
        color(OkabeIto.BLACK);
        text(title, x, 16, TITLE_SIZE, true, -1);
    }
}
