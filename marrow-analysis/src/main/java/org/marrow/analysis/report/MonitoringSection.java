package org.marrow.analysis.report;

import org.marrow.analysis.stage.BoundaryLook;
import org.marrow.analysis.stage.DesignScenario;
import org.marrow.analysis.stage.MonitoringDesign;
import org.marrow.analysis.stage.MonitoringLookStatus;
import org.marrow.analysis.stage.MonitoringStatus;
import org.marrow.analysis.table.Formats;
import org.marrow.clinical.message.MessageRenderer;

/**
 * "Bayesian monitoring": the protocol's BOP2 or predictive probability design (boundaries and operating
 * characteristics) and where the trial stands against it at each look reached.
 */
final class MonitoringSection {
    private MonitoringSection() {}

    static void add(Report.Builder b, MonitoringStatus s) {
        MessageRenderer english = MessageRenderer.english();
        MonitoringDesign d = s.design();
        b.section("Bayesian monitoring");
        StringBuilder rule = new StringBuilder(design(d));
        rule.append(" Counted at ")
                .append(s.timepoint())
                .append(" (")
                .append(s.visit())
                .append(") among the first treated patients in order of first dose, as the Simon stages are. Stop at"
                        + " a look if the responses are at most the futility bound");
        if (d.toxicity().isPresent()) {
            rule.append(" or the patients with the toxicity at least the toxicity bound");
        }
        rule.append("; at the last look the treatment is promising otherwise. Boundaries:");
        for (BoundaryLook l : d.looks()) {
            rule.append(" n = ").append(l.n()).append(": responses <= ").append(l.futility());
            if (l.monitorsToxicity()) {
                rule.append(", toxicities >= ").append(l.toxicity());
            }
            rule.append(';');
        }
        rule.setLength(rule.length() - 1);
        b.paragraph(rule.append('.').toString());
        for (MonitoringLookStatus l : s.looks()) {
            b.paragraph(english.render(s.summary(l)) + ".");
        }
        StringBuilder oc = new StringBuilder("Operating characteristics (exact sums over the looks): type I error ")
                .append(Formats.number(d.typeIError(), 4))
                .append(", power ")
                .append(Formats.number(d.power(), 4))
                .append('.');
        for (DesignScenario sc : d.scenarios()) {
            oc.append(' ')
                    .append(sc.scenario())
                    .append(" (response rate ")
                    .append(Formats.number(sc.responseRate(), 2));
            if (!Double.isNaN(sc.toxicityRate())) {
                oc.append(", toxicity rate ").append(Formats.number(sc.toxicityRate(), 2));
            }
            oc.append("): P(go) ")
                    .append(Formats.number(sc.probabilityGo(), 4))
                    .append(", P(early stop) ")
                    .append(Formats.number(sc.probabilityEarlyStop(), 4))
                    .append(", expected n ")
                    .append(Formats.number(sc.expectedSampleSize(), 1))
                    .append('.');
        }
        b.paragraph(oc.toString());
    }

    private static String design(MonitoringDesign d) {
        return d.method().equals("bop2")
                ? "BOP2 (Zhou, Lee and Yuan 2017"
                        + (d.toxicity().isPresent() ? ", efficacy and toxicity" : "")
                        + "): stop when Pr(p <= p0 | data) > 1 - lambda (n/N)^gamma, lambda "
                        + Formats.number(d.lambda(), 2) + ", gamma " + Formats.number(d.gamma(), 2) + "."
                : "Predictive probability design (Lee and Liu 2008): stop for futility when the predictive"
                        + " probability of success at N = " + d.maxSampleSize() + " falls below theta_L.";
    }
}
