package org.marrow.analysis.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Renders the report's XHTML (figures as PNG data URIs) to PDF with openhtmltopdf. No network:
 * every external resource is refused, so the PDF depends on the page alone. Fonts: DejaVu Sans
 * (regular, bold, oblique) when the system has it, and always Liberation Sans from inside PDFBox
 * as the fallback, so a PDF is produced with embedded fonts on any machine.
 */
final class PdfReport {
    static final String LIBERATION = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    static final String[] DEJAVU_DIRS = {"/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu"};

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(PdfReport.class.getName());

    /**
     * PDFBox warns once per standard-14 font that it substitutes Liberation Sans when openhtmltopdf
     * sets up its defaults; the report embeds its own fonts, so those warnings say nothing useful.
     * Held in a field: java.util.logging keeps only weak references to configured loggers.
     */
    private static final java.util.logging.Logger PDFBOX_FONTS =
            java.util.logging.Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font");

    static {
        PDFBOX_FONTS.setLevel(java.util.logging.Level.SEVERE);
        // openhtmltopdf's own progress notes (INFO) would reach standard error of every command.
        for (String logger : com.openhtmltopdf.util.XRLog.listRegisteredLoggers()) {
            com.openhtmltopdf.util.XRLog.setLevel(logger, java.util.logging.Level.WARNING);
        }
    }

    private PdfReport() {}

    static void render(String xhtml, OutputStream out) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withProducer("Marrow");
        // Progress notes (INFO) are dropped; problems are passed on to java.util.logging.
        builder.withDiagnosticConsumer(d -> {
            if (d.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                LOG.log(d.getLevel(), "PDF rendering: " + d.getFormattedMessage(), d.getError());
            }
        });
        builder.useExternalResourceAccessControl(
                (uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(
                (uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.useFont(PdfReport::liberation, "Liberation Sans");
        dejaVu(builder, "DejaVuSans.ttf", "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.NORMAL);
        dejaVu(builder, "DejaVuSans-Bold.ttf", "DejaVu Sans", 700, BaseRendererBuilder.FontStyle.NORMAL);
        dejaVu(builder, "DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.ITALIC);
        dejaVu(builder, "DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, BaseRendererBuilder.FontStyle.NORMAL);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the report to PDF: " + e.getMessage(), e);
        }
    }

    private static InputStream liberation() {
        InputStream in = PdfReport.class.getResourceAsStream(LIBERATION);
        if (in == null) {
            throw new IllegalStateException("font " + LIBERATION + " not found on the class path (PDFBox)");
        }
        return in;
    }

    private static void dejaVu(
            PdfRendererBuilder builder, String file, String family, int weight, BaseRendererBuilder.FontStyle style) {
        for (String dir : DEJAVU_DIRS) {
            File f = new File(dir, file);
            if (f.isFile()) {
                builder.useFont(f, family, weight, style, true);
                return;
            }
        }
    }
}
