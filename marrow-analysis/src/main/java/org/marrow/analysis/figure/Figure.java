package org.marrow.analysis.figure;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.graphics2d.svg.SVGGraphics2D;
import org.jfree.graphics2d.svg.SVGUnits;
import org.jfree.graphics2d.svg.ViewBox;

/**
 * A drawn figure of a fixed print size, rendered on demand as SVG (for the HTML report) or PNG
 * (for the PDF). One unit of the drawing is one typographic point (1/72 inch), so a figure shown
 * at its own size prints its text at the font sizes it was drawn with (never below 9 pt).
 *
 * <p>Rendering is deterministic: the same figure gives a byte-identical SVG on every run (element
 * identifiers are derived from the figure's name, never from the clock), and text is measured
 * with the Liberation Sans font shipped inside PDFBox, so the layout does not depend on the fonts
 * installed on the machine.
 */
public final class Figure {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final String name;
    private final String title;
    private final int width;
    private final int height;
    private final Painter painter;

    /** Draws the figure on a Graphics2D whose unit is one point. */
    interface Painter {
        void paint(Canvas canvas);
    }

    Figure(String name, String title, int width, int height, Painter painter) {
        this.name = checkName(name);
        this.title = Objects.requireNonNull(title, "title");
        this.width = width;
        this.height = height;
        this.painter = painter;
    }

    static String checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Figure name (" + name
                    + ") must be lower-case letters, digits and hyphens, starting with a letter or digit;"
                    + " it names the files figures/<name>.svg and .png");
        }
        return name;
    }

    /**
     * The figure's name, used for its file names ({@code figures/<name>.svg}) and as the prefix of
     * every element identifier in its SVG.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The figure's title (also drawn at its top).
     *
     * @return the title
     */
    public String title() {
        return title;
    }

    /**
     * Width at print size.
     *
     * @return width in points
     */
    public int width() {
        return width;
    }

    /**
     * Height at print size.
     *
     * @return height in points
     */
    public int height() {
        return height;
    }

    /**
     * The figure as a standalone SVG {@code <svg>} element (no XML declaration), sized in points
     * with a view box in drawing units, suitable both for a {@code .svg} file and for inlining in
     * HTML.
     *
     * @return the SVG markup
     */
    public String svg() {
        SVGGraphics2D g = new SVGGraphics2D(width, height, SVGUnits.PT);
        g.setDefsKeyPrefix(name + "-");
        g.setFontMapper(family -> Canvas.CSS_FONT_FAMILY);
        g.setGeometryDP(2);
        g.setTransformDP(4);
        painter.paint(new Canvas(g, name, true));
        g.dispose();
        return g.getSVGElement(name, true, new ViewBox(0, 0, width, height), null, null);
    }

    /**
     * The figure for a web page: an inline {@code <svg>} without fixed dimensions (it scales to its
     * container by its view box), of class {@code chart}, with the role {@code img} and the title as
     * its accessible name and first {@code <title>}. Styles are written as presentation attributes
     * ({@code fill="..."}), never as {@code style} attributes, which a content security policy without
     * {@code 'unsafe-inline'} (the pages') would ignore.
     *
     * @return the SVG markup
     */
    public String inlineSvg() {
        SVGGraphics2D g = new SVGGraphics2D(width, height, SVGUnits.PT);
        g.setDefsKeyPrefix(name + "-");
        g.setFontMapper(family -> Canvas.CSS_FONT_FAMILY);
        g.setGeometryDP(1);
        g.setTransformDP(4);
        g.setRenderingHint(org.jfree.graphics2d.svg.SVGHints.KEY_ELEMENT_TITLE, title);
        painter.paint(new Canvas(g, name, true));
        g.dispose();
        String label = title.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("'", "&#39;")
                .replace("\"", "&quot;");
        return presentationAttributes(g.getSVGElement(name, false, new ViewBox(0, 0, width, height), null, null))
                .replaceFirst(
                        "<svg ",
                        "<svg class='chart' role='img' aria-label='" + java.util.regex.Matcher.quoteReplacement(label)
                                + "' ");
    }

    private static final Pattern STYLE = Pattern.compile("style='([^']*)'");

    /** Each {@code style='p: v; ...'} attribute as the presentation attributes {@code p='v' ...}. */
    static String presentationAttributes(String svg) {
        Matcher m = STYLE.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length());
        while (m.find()) {
            StringBuilder attributes = new StringBuilder();
            for (String declaration : m.group(1).split(";")) {
                int colon = declaration.indexOf(':');
                if (colon > 0) {
                    if (attributes.length() > 0) {
                        attributes.append(' ');
                    }
                    attributes
                            .append(declaration.substring(0, colon).strip())
                            .append("='")
                            .append(declaration.substring(colon + 1).strip())
                            .append('\'');
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(attributes.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The figure as a PNG image.
     *
     * @param pixelsPerPoint resolution; 300 dpi is {@code 300 / 72.0}
     * @return the PNG file's bytes
     * @throws IllegalArgumentException unless 0.25 <= pixelsPerPoint <= 10
     */
    public byte[] png(double pixelsPerPoint) {
        if (!(pixelsPerPoint >= 0.25 && pixelsPerPoint <= 10)) {
            throw new IllegalArgumentException("Pixels per point (" + pixelsPerPoint + ") must be between 0.25 and 10");
        }
        int w = (int) Math.ceil(width * pixelsPerPoint);
        int h = (int) Math.ceil(height * pixelsPerPoint);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.scale(pixelsPerPoint, pixelsPerPoint);
            painter.paint(new Canvas(g, name, false));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            // A fast deflate level: three times quicker than the default for files twice as big.
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.8f);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode figure " + name + " as PNG", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * Writes {@code <name>.svg} and {@code <name>.png} (at 200 dpi) into a directory, creating it
     * if needed.
     *
     * @param directory the figures directory
     * @return the path of the SVG file
     * @throws UncheckedIOException if a file cannot be written
     */
    public Path writeTo(Path directory) {
        try {
            Files.createDirectories(directory);
            Path svgFile = directory.resolve(name + ".svg");
            Files.writeString(
                    svgFile, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg() + "\n", StandardCharsets.UTF_8);
            Files.write(directory.resolve(name + ".png"), png(PNG_PIXELS_PER_POINT));
            return svgFile;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write figure " + name + " to " + directory + ": " + e, e);
        }
    }

    /** Resolution of the PNG files written for the PDF: 200 dpi. */
    public static final double PNG_PIXELS_PER_POINT = 200 / 72.0;

    @Override
    public String toString() {
        return "Figure[" + name + ", " + width + "x" + height + " pt, " + title + "]";
    }
}
