package org.marrow.analysis.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.marrow.analysis.endpoint.StudyEndpoints;
import org.marrow.analysis.endpoint.SubjectEndpoints;
import org.marrow.analysis.figure.CoursePlot;
import org.marrow.analysis.figure.CoursePoint;
import org.marrow.analysis.figure.CourseSeries;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.study.LabRecord;
import org.marrow.study.MutationRecord;
import org.marrow.study.SomaticMutation;
import org.marrow.study.SubjectRecords;

/**
 * "Somatic mutations and PNH clones": the variant allele frequency of each somatic mutation over time,
 * one line per patient and gene coloured by gene (document 000, Figure 4), and the PNH clone size over
 * time, one line per patient; with the patients tested and those with a mutation. Shown when the data
 * set records mutation tests or PNH clone sizes of treated patients.
 */
final class ClonalSection {
    private ClonalSection() {}

    static void add(Report.Builder b, StudyEndpoints e) {
        List<CourseSeries> vaf = new ArrayList<>();
        List<CourseSeries> pnh = new ArrayList<>();
        int tested = 0;
        int withMutation = 0;
        Map<String, Integer> genes = new TreeMap<>();
        for (SubjectEndpoints s : e.subjects()) {
            SubjectRecords r = e.dataset().recordsOf(s.subjectId());
            if (!r.mutations().isEmpty()) {
                tested++;
            }
            Map<String, TreeMap<Integer, Double>> byGene = new LinkedHashMap<>();
            for (MutationRecord m : r.mutations()) {
                if (m.mutation().isPresent()) {
                    SomaticMutation mut = m.mutation().get();
                    byGene.computeIfAbsent(mut.gene(), g -> new TreeMap<>())
                            .merge(
                                    e.studyDay(s.subjectId(), m.date()),
                                    mut.vafPercent().doubleValue(),
                                    Math::max);
                }
            }
            if (!byGene.isEmpty()) {
                withMutation++;
            }
            byGene.forEach((gene, points) -> {
                genes.merge(gene, 1, Integer::sum);
                vaf.add(new CourseSeries(s.subjectId(), gene, points(points)));
            });
            TreeMap<Integer, Double> clone = new TreeMap<>();
            for (LabRecord l : r.labs()) {
                if (l.test() == LabTest.PNH_CLONE) {
                    clone.put(
                            e.studyDay(s.subjectId(), l.date()),
                            l.value().amount().doubleValue());
                }
            }
            if (!clone.isEmpty()) {
                pnh.add(new CourseSeries(s.subjectId(), "PNH clone", points(clone)));
            }
        }
        if (tested == 0 && pnh.isEmpty()) {
            return;
        }
        b.section("Somatic mutations and PNH clones");
        if (tested > 0) {
            List<String> byGene = new ArrayList<>();
            genes.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .forEach(g -> byGene.add(g.getKey() + " " + g.getValue()));
            b.paragraph(tested + " of " + e.subjects().size() + " treated patients had a somatic mutation test; "
                    + withMutation + " had at least one mutation"
                    + (byGene.isEmpty() ? "" : " (patients by gene: " + String.join(", ", byGene) + ")") + ".");
        }
        if (!vaf.isEmpty()) {
            b.figure(
                    CoursePlot.of("mutation-vaf", "Variant allele frequency of somatic mutations", "VAF (%)", vaf),
                    "The variant allele frequency of each somatic mutation over time, one line per patient and gene, "
                            + "coloured by gene.");
        }
        if (!pnh.isEmpty()) {
            b.figure(
                    CoursePlot.of("pnh-clone", "PNH clone size", "PNH clone (%)", pnh),
                    "The PNH clone size over time, one line per patient.");
        }
    }

    private static List<CoursePoint> points(TreeMap<Integer, Double> byDay) {
        List<CoursePoint> out = new ArrayList<>();
        byDay.forEach((day, value) -> out.add(new CoursePoint(day, value)));
        return out;
    }
}
