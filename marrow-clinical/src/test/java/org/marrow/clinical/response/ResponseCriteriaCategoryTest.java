package org.marrow.clinical.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marrow.clinical.labs.Labs.labs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marrow.clinical.labs.LabHistory;
import org.marrow.clinical.labs.Labs;
import org.marrow.clinical.transfusion.BloodProduct;
import org.marrow.clinical.transfusion.Transfusion;
import org.marrow.clinical.transfusion.TransfusionHistory;

/** {@link ResponseCriteria#category} is the category of {@link ResponseCriteria#assess}, case by case. */
class ResponseCriteriaCategoryTest {

    private static final LocalDate BASELINE = LocalDate.parse("2024-01-01");
    private static final LocalDate VISIT = LocalDate.parse("2024-04-01");

    @Test
    void categoryIsTheAssessmentsCategoryAcrossThresholdsMissingCountsAndTransfusions() {
        // Baselines: SAA, NSAA, and without counts; visit values on both sides of every five-tier
        // threshold, or missing ("-"); with and without a recent RBC transfusion; transfusion records
        // covering the look-back or not.
        String[][] baselines = {{"60", "0.3", "8", "10"}, {"95", "1.2", "60", "50"}, null};
        String[] hemoglobin = {"-", "79", "80", "80.1", "100", "100.1"};
        String[] neutrophils = {"-", "0.4", "1.0", "1.1"};
        String[] platelets = {"-", "15", "50", "50.1", "80", "80.1", "100", "100.1"};
        int compared = 0;
        for (String[] base : baselines) {
            for (String hgb : hemoglobin) {
                for (String neut : neutrophils) {
                    for (String plat : platelets) {
                        for (boolean transfused : new boolean[] {false, true}) {
                            for (LocalDate recordsFrom :
                                    List.of(LocalDate.parse("2023-09-01"), LocalDate.parse("2024-03-01"))) {
                                Labs labs = labs().on("2023-12-20", "CELLULARITY 10 %");
                                if (base != null) {
                                    labs.on(
                                            BASELINE.toString(),
                                            "HGB " + base[0] + " g/L",
                                            "NEUT " + base[1] + " 10^9/L",
                                            "PLAT " + base[2] + " 10^9/L",
                                            "RETI " + base[3] + " 10^9/L");
                                }
                                List<String> visit = new ArrayList<>();
                                visit.add("RETI 30 10^9/L");
                                if (!hgb.equals("-")) {
                                    visit.add("HGB " + hgb + " g/L");
                                }
                                if (!neut.equals("-")) {
                                    visit.add("NEUT " + neut + " 10^9/L");
                                }
                                if (!plat.equals("-")) {
                                    visit.add("PLAT " + plat + " 10^9/L");
                                }
                                labs.on(VISIT.toString(), visit.toArray(String[]::new));
                                List<Transfusion> transfusions = new ArrayList<>();
                                transfusions.add(new Transfusion(LocalDate.parse("2023-12-15"), BloodProduct.RBC, 2));
                                if (transfused) {
                                    transfusions.add(
                                            new Transfusion(LocalDate.parse("2024-03-20"), BloodProduct.RBC, 1));
                                }
                                LabHistory history = labs.history();
                                TransfusionHistory tx = TransfusionHistory.of(transfusions, recordsFrom);
                                for (CriteriaSet set : CriteriaSet.values()) {
                                    ResponseCriteria criteria = ResponseCriteria.of(set);
                                    Baseline baseline = criteria.baseline(history, tx, BASELINE);
                                    assertThat(criteria.category(history, tx, VISIT, baseline))
                                            .as(
                                                    "%s baseline %s visit %s %s %s transfused %s records from %s",
                                                    set,
                                                    base == null ? "-" : String.join(",", base),
                                                    hgb,
                                                    neut,
                                                    plat,
                                                    transfused,
                                                    recordsFrom)
                                            .isEqualTo(criteria.assess(history, tx, VISIT, baseline)
                                                    .category());
                                    compared++;
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(compared).isEqualTo(3 * 6 * 4 * 8 * 2 * 2 * 3);
    }
}
