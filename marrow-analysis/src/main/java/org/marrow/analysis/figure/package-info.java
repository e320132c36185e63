/**
 * The figures of a trial report, drawn through Java2D onto JFreeSVG's {@code SVGGraphics2D} (SVG
 * for the HTML report) or a {@code BufferedImage} (PNG for the PDF): response rates with
 * confidence intervals ({@link org.marrow.analysis.figure.ResponseRateChart}), the Sankey diagram
 * of response categories between timepoints ({@link org.marrow.analysis.figure.SankeyDiagram}),
 * the swimmer plot of each patient's course ({@link org.marrow.analysis.figure.SwimmerPlot}),
 * Kaplan-Meier curves with numbers at risk ({@link org.marrow.analysis.figure.KaplanMeierPlot}),
 * neutrophil counts around each cyclophosphamide cycle ({@link
 * org.marrow.analysis.figure.NeutrophilPlot}) and the participant flow diagram ({@link
 * org.marrow.analysis.figure.ParticipantFlow}).
 *
 * <p>Inputs are plain records, so that endpoint derivation can feed them from any data set. Every
 * figure is drawn at print size (one unit is one point, text at 9 pt or more), in the Okabe-Ito
 * palette, and renders to byte-identical SVG for the same input. SVG groups carry a {@code class}
 * (bar, flow, node, lane, curve, censor, risk, patient, median, threshold, stage, exit) and a
 * {@code data-label} with the numbers they show.
 */
package org.marrow.analysis.figure;
