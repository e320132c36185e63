package org.marrow.analysis.report;

import java.util.List;
import org.marrow.analysis.stage.ToxicityLookStatus;
import org.marrow.analysis.stage.ToxicityStatus;
import org.marrow.analysis.table.Formats;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.stats.design.ToxicityCharacteristics;

/**
 * The toxicity stopping rules, at the end of "Safety": each rule the protocol declares for named adverse
 * events, its boundary and its characteristics, the denominator, and where the trial stands against it at
 * each look reached.
 */
final class ToxicityStoppingSection {
    private ToxicityStoppingSection() {}

    static void add(Report.Builder b, List<ToxicityStatus> rules) {
        if (rules.isEmpty()) {
            return;
        }
        MessageRenderer english = MessageRenderer.english();
        b.paragraph("Toxicity stopping rules of the protocol. Denominator: " + StudyResults.ToxicityResults.DENOMINATOR
                + ".");
        for (ToxicityStatus s : rules) {
            StringBuilder t = new StringBuilder(s.rule().id())
                    .append(" (")
                    .append(s.rule().text())
                    .append(s.rule().source().isEmpty() ? "" : "; " + s.rule().source())
                    .append("): ")
                    .append(english.render(s.counts()))
                    .append("; ")
                    .append(english.render(s.limit()))
                    .append(". Stop if more than ")
                    .append(s.boundary().maxAcceptable())
                    .append(" at ")
                    .append(s.boundary().looks())
                    .append(" evaluable patients. So far ")
                    .append(s.toxicities())
                    .append(" of ")
                    .append(s.evaluable())
                    .append(" evaluable (")
                    .append(s.atRisk())
                    .append(" at risk, ")
                    .append(s.notEvaluable())
                    .append(" not evaluable)");
            if (!Double.isNaN(s.posteriorExcess())) {
                t.append("; Pr(rate above the limit | data) ").append(Formats.number(s.posteriorExcess(), 3));
            }
            t.append(". Probability of stopping:");
            for (ToxicityCharacteristics c : s.characteristics()) {
                t.append(" ")
                        .append(Formats.number(c.probabilityCross(), 3))
                        .append(" at a rate of ")
                        .append(Formats.number(c.toxicityRate(), 2))
                        .append(" (expected n ")
                        .append(Formats.number(c.expectedSampleSize(), 1))
                        .append(");");
            }
            t.setLength(t.length() - 1);
            b.paragraph(t.append('.').toString());
            for (ToxicityLookStatus l : s.looks()) {
                b.paragraph(english.render(s.summary(l)) + ".");
            }
        }
    }
}
