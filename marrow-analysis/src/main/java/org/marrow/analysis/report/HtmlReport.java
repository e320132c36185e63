package org.marrow.analysis.report;

import java.time.format.DateTimeFormatter;
import java.util.Base64;
import org.marrow.analysis.figure.Figure;
import org.marrow.analysis.table.Html;

/**
 * Renders a report as one self-contained XHTML page: inline CSS, figures inline (SVG for the
 * browser; PNG as data URIs for the PDF renderer, which has no SVG support), tables, and the
 * provenance header. Well-formed XML either way, so that the PDF renderer can parse it.
 */
final class HtmlReport {
    /** How figures are embedded. */
    enum Figures {
        SVG,
        PNG
    }

    static final String BODY_FONTS = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";

    private static final String CSS =
            """
            @page { size: A4; margin: 16mm 15mm 18mm 15mm;
              @bottom-center { content: "Page " counter(page) " of " counter(pages); font-family: %1$s;
                font-size: 8pt; color: #555; } }
            html, body { font-family: %1$s; font-size: 10pt; line-height: 1.35; color: #000; max-width: 180mm;
              margin: 0 auto; }
            h1 { font-size: 16pt; margin: 0 0 4pt 0; }
            h2 { font-size: 13pt; margin: 16pt 0 6pt 0; border-bottom: 1px solid #999; padding-bottom: 2pt;
              page-break-after: avoid; }
            table.provenance { border-collapse: collapse; margin: 6pt 0 12pt 0; font-size: 9pt; }
            table.provenance th { text-align: left; padding: 1pt 10pt 1pt 0; font-weight: bold; }
            table.provenance td { padding: 1pt 0; font-family: 'DejaVu Sans Mono', 'Liberation Sans', monospace;
              }
            figure { margin: 10pt 0; page-break-inside: avoid; }
            figure svg, figure img { display: block; }
            figcaption { font-size: 9pt; margin-top: 4pt; }
            table.marrow-table { border-collapse: collapse; margin: 10pt 0; font-size: 9pt; width: 100%%;
              page-break-inside: auto; }
            table.marrow-table caption { caption-side: top; text-align: left; font-weight: bold; font-size: 10pt;
              padding-bottom: 4pt; }
            table.marrow-table thead th { border-top: 1.5px solid #000; border-bottom: 1px solid #000;
              text-align: left; padding: 3pt 6pt 3pt 0; vertical-align: bottom; }
            table.marrow-table td, table.marrow-table tbody th { padding: 2pt 6pt 2pt 0; text-align: left;
              font-weight: normal; vertical-align: top; }
            table.marrow-table tr.section th { font-weight: bold; padding-top: 5pt; }
            table.marrow-table tr.indented th { padding-left: 12pt; }
            table.marrow-table tbody tr:last-child td, table.marrow-table tbody tr:last-child th {
              border-bottom: 1.5px solid #000; }
            table.marrow-table tfoot td { font-size: 8.5pt; padding-top: 3pt; }
            table.marrow-table sup { font-size: 7pt; vertical-align: super; line-height: 0; }
            tr { page-break-inside: avoid; }
            p.generated { font-size: 8.5pt; color: #444; }
            """
                    .formatted(BODY_FONTS);

    private HtmlReport() {}

    /**
     * The page. Figures already drawn are taken from the maps (by figure name); any other is drawn
     * here and added to them.
     */
    static String render(
            Report report, Figures mode, java.util.Map<String, String> svgs, java.util.Map<String, byte[]> pngs) {
        ReportHeader h = report.header();
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"UTF-8\"/>\n<title>")
                .append(Html.escape(h.title()))
                .append("</title>\n<style>\n")
                .append(CSS)
                .append("</style>\n</head>\n<body>\n<h1>")
                .append(Html.escape(h.title()))
                .append("</h1>\n<table class=\"provenance\">\n");
        row(out, "Protocol", h.protocolId() + " version " + h.protocolVersion());
        row(out, "Data set SHA-256", h.datasetSha256());
        row(out, "Data cut-off", h.dataCutoff() == null ? "none (all data)" : iso(h.dataCutoff()));
        row(out, "Analysis date", iso(h.analysisDate()));
        row(out, "Marrow version", h.marrowVersion());
        out.append("</table>\n");
        int figureNumber = 0;
        for (Report.Section s : report.sections()) {
            out.append("<h2>").append(Html.escape(s.heading())).append("</h2>\n");
            for (Report.Block b : s.blocks()) {
                if (b instanceof Report.Paragraph p) {
                    out.append("<p>").append(Html.escape(p.text())).append("</p>\n");
                } else if (b instanceof Report.TableBlock t) {
                    out.append(t.table().toHtml());
                } else if (b instanceof Report.FigureBlock f) {
                    figureNumber++;
                    figure(out, f.figure(), f.caption(), figureNumber, mode, svgs, pngs);
                }
            }
        }
        out.append("<p class=\"generated\">Generated by Marrow ")
                .append(Html.escape(h.marrowVersion()))
                .append(" on ")
                .append(iso(h.analysisDate()))
                .append(". Figures use the Okabe-Ito colour-blind-safe palette.</p>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void figure(
            StringBuilder out,
            Figure f,
            String caption,
            int number,
            Figures mode,
            java.util.Map<String, String> svgs,
            java.util.Map<String, byte[]> pngs) {
        out.append("<figure id=\"figure-").append(f.name()).append("\">\n");
        if (mode == Figures.SVG) {
            out.append(svgs.computeIfAbsent(f.name(), k -> f.svg())).append('\n');
        } else {
            out.append("<img alt=\"")
                    .append(Html.escape(f.title()))
                    .append("\" style=\"width: ")
                    .append(f.width())
                    .append("pt; height: ")
                    .append(f.height())
                    .append("pt;\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder()
                            .encodeToString(pngs.computeIfAbsent(f.name(), k -> f.png(Figure.PNG_PIXELS_PER_POINT))))
                    .append("\"/>\n");
        }
        out.append("<figcaption><b>Figure ")
                .append(number)
                .append(".</b> ")
                .append(Html.escape(caption.isBlank() ? f.title() : caption))
                .append("</figcaption>\n</figure>\n");
    }

    private static void row(StringBuilder out, String name, String value) {
        out.append("<tr><th>")
                .append(Html.escape(name))
                .append("</th><td>")
                .append(Html.escape(value))
                .append("</td></tr>\n");
    }

    private static String iso(java.time.LocalDate date) {
        return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }
}
