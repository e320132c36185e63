package org.marrow.analysis.figure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Structure checks on the SVG that the figures write. */
final class SvgProbe {
    private SvgProbe() {}

    /** Number of groups whose class list contains the given class. */
    static int count(String svg, String cls) {
        return labels(svg, cls).size();
    }

    /** The data-label of each group with the class, in document order (empty string if none). */
    static List<String> labels(String svg, String cls) {
        Matcher m = Pattern.compile("<g id='[^']*' class='([^']*)'(?: data-label='([^']*)')?")
                .matcher(svg);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            if (List.of(m.group(1).split(" ")).contains(cls)) {
                out.add(m.group(2) == null ? "" : unescape(m.group(2)));
            }
        }
        return out;
    }

    static String unescape(String xml) {
        return xml.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    /** Text drawn in the SVG, unescaped, in document order. */
    static List<String> texts(String svg) {
        Matcher m = Pattern.compile("<text [^>]*>([^<]*)</text>").matcher(svg);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(unescape(m.group(1)));
        }
        return out;
    }

    /** Writes the figure's SVG and PNG under target/figures for a look by eye. */
    static void keep(Figure figure) {
        try {
            figure.writeTo(Path.of("target", "figures"));
        } catch (UncheckedIOException e) {
            throw e;
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
