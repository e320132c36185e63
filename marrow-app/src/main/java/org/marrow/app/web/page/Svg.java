package org.marrow.app.web.page;

import java.util.Locale;

/**
 * A small SVG writer for the pages' inline charts: presentation attributes only (no scripts), text
 * escaped, numbers with one decimal. The chart scales to its container ({@code viewBox}).
 */
final class Svg {
    private final StringBuilder out = new StringBuilder();

    Svg(int width, int height, String label) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" aria-label=\"")
                .append(escape(label))
                .append("\"><title>")
                .append(escape(label))
                .append("</title>");
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
        out.append("<line x1=\"")
                .append(n(x1))
                .append("\" y1=\"")
                .append(n(y1))
                .append("\" x2=\"")
                .append(n(x2))
                .append("\" y2=\"")
                .append(n(y2))
                .append("\" stroke=\"")
                .append(stroke)
                .append("\" stroke-width=\"")
                .append(n(width))
                .append('"')
                .append(dashed ? " stroke-dasharray=\"5 4\"" : "")
                .append("/>");
        return this;
    }

    Svg polyline(String points, String stroke, double width) {
        out.append("<polyline fill=\"none\" points=\"")
                .append(points)
                .append("\" stroke=\"")
                .append(stroke)
                .append("\" stroke-width=\"")
                .append(n(width))
                .append("\"/>");
        return this;
    }

    Svg rect(double x, double y, double w, double h, String fill, String title) {
        out.append("<rect x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" width=\"")
                .append(n(Math.max(w, 1)))
                .append("\" height=\"")
                .append(n(h))
                .append("\" fill=\"")
                .append(fill)
                .append('"');
        closeWithTitle("rect", title);
        return this;
    }

    Svg circle(double x, double y, double r, String fill, String title) {
        out.append("<circle cx=\"")
                .append(n(x))
                .append("\" cy=\"")
                .append(n(y))
                .append("\" r=\"")
                .append(n(r))
                .append("\" fill=\"")
                .append(fill)
                .append('"');
        closeWithTitle("circle", title);
        return this;
    }

    Svg triangle(double x, double y, double size, String fill, String title) {
        out.append("<polygon points=\"")
                .append(n(x))
                .append(',')
                .append(n(y - size))
                .append(' ')
                .append(n(x - size))
                .append(',')
                .append(n(y + size))
                .append(' ')
                .append(n(x + size))
                .append(',')
                .append(n(y + size))
                .append("\" fill=\"")
                .append(fill)
                .append('"');
        closeWithTitle("polygon", title);
        return this;
    }

    Svg text(double x, double y, String text, String anchor, int size, String fill) {
        out.append("<text x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" text-anchor=\"")
                .append(anchor)
                .append("\" font-size=\"")
                .append(size)
                .append("\" fill=\"")
                .append(fill)
                .append("\">")
                .append(escape(text))
                .append("</text>");
        return this;
    }

    private void closeWithTitle(String element, String title) {
        if (title == null) {
            out.append("/>");
        } else {
            out.append("><title>")
                    .append(escape(title))
                    .append("</title></")
                    .append(element)
                    .append('>');
        }
    }

    static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    @Override
    public String toString() {
        return out + "</svg>";
    }
}
