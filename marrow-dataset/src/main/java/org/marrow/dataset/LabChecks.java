package org.marrow.dataset;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.Unit;
import org.marrow.study.LabRecord;
import org.marrow.study.RecordField;

/**
 * The checks of {@code labs.csv} that look across its rows, run once every part is read: the same test
 * twice for a subject on one date, and reticulocytes in % without a red cell count of the same date
 * (both warnings: the rules use the later line, and cannot use the percentage).
 */
final class LabChecks {
    private LabChecks() {}

    static void check(
            List<LabRecord> labs,
            long[] lines,
            Map<String, DatasetRows.Known> subjects,
            String file,
            int testPosition,
            List<DatasetProblem> out) {
        if (labs.isEmpty()) {
            return;
        }
        // Group the rows by subject (a counting sort keeps file order within a subject), then look
        // for repeats within each subject's rows.
        int[] subjectOf = new int[labs.size()];
        int[] count = new int[subjects.size() + 1];
        for (int i = 0; i < labs.size(); i++) {
            subjectOf[i] = subjects.get(labs.get(i).subjectId()).ordinal;
            count[subjectOf[i] + 1]++;
        }
        for (int s = 1; s < count.length; s++) {
            count[s] += count[s - 1];
        }
        int[] order = new int[labs.size()];
        int[] next = count.clone();
        for (int i = 0; i < labs.size(); i++) {
            order[next[subjectOf[i]]++] = i;
        }
        int tests = LabTest.values().length;
        Map<Long, Long> seen = new HashMap<>();
        boolean anyPercentReticulocytes = false;
        for (int s = 0; s + 1 < count.length; s++) {
            seen.clear();
            for (int k = count[s]; k < count[s + 1]; k++) {
                int i = order[k];
                LabRecord record = labs.get(i);
                LabTest test = record.test();
                anyPercentReticulocytes |=
                        test == LabTest.RETI && record.value().unit() == Unit.PERCENT;
                Long earlier = seen.put(record.date().toEpochDay() * tests + test.ordinal(), lines[i]);
                if (earlier != null) {
                    String column = RecordField.TEST.fieldName();
                    out.add(new DatasetProblem(
                            DatasetProblem.Level.WARNING,
                            file,
                            lines[i],
                            testPosition + 1,
                            column,
                            test.code(),
                            Message.of(
                                    "dataset.cell.refused",
                                    column,
                                    test.code(),
                                    Message.of(
                                            "dataset.lab.twice",
                                            test.code(),
                                            record.subjectId(),
                                            record.date(),
                                            earlier))));
                }
            }
        }
        if (anyPercentReticulocytes) {
            reticulocytes(labs, lines, file, out);
        }
    }

    private static void reticulocytes(List<LabRecord> labs, long[] lines, String file, List<DatasetProblem> out) {
        Set<String> redCells = new HashSet<>();
        for (LabRecord lab : labs) {
            if (lab.test() == LabTest.RBC) {
                redCells.add(lab.subjectId() + "|" + lab.date());
            }
        }
        for (int i = 0; i < labs.size(); i++) {
            LabRecord lab = labs.get(i);
            if (lab.test() == LabTest.RETI
                    && lab.value().unit() == Unit.PERCENT
                    && !redCells.contains(lab.subjectId() + "|" + lab.date())) {
                out.add(new DatasetProblem(
                        DatasetProblem.Level.WARNING,
                        file,
                        lines[i],
                        0,
                        RecordField.UNIT.fieldName(),
                        lab.unitText(),
                        Message.of(
                                "dataset.lab.reticulocytesWithoutRedCells",
                                lab.value().amount().toPlainString(),
                                lab.subjectId(),
                                lab.date())));
            }
        }
    }
}
