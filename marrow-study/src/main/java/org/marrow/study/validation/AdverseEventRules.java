package org.marrow.study.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.marrow.clinical.ctcae.AdverseEventTerm;
import org.marrow.clinical.ctcae.CtcaeCatalogue;
import org.marrow.study.AdverseEvent;
import org.marrow.study.Drug;
import org.marrow.study.RecordField;

/**
 * The rules of an adverse event entry: a term of CTCAE v5.0 ({@link CtcaeCatalogue#resolve}) with a
 * grade that term defines, an onset not before birth, an end on or after the onset, serious Y or N, and
 * the related drugs by id.
 */
final class AdverseEventRules {
    private static final List<String> DRUG_IDS =
            Arrays.stream(Drug.values()).map(Drug::id).toList();

    private AdverseEventRules() {}

    static Optional<AdverseEvent> read(Fields f, SubjectContext subject) {
        String term = f.required(RecordField.TERM, TextLimit.TERM, "study.ae.term");
        AdverseEventTerm ctcae = term == null ? null : ctcae(f, term);
        Range grades = Limits.CTCAE_GRADE;
        Integer grade = f.integer(RecordField.GRADE, grades, "study.ae.grade", grades.minimum(), grades.maximum());
        if (ctcae != null && grade != null && !ctcae.allows(grade)) {
            f.expected(RecordField.GRADE, "study.ae.gradeOfTerm", ctcae.term(), ctcae.gradesInOrder());
        }
        LocalDate start = f.date(RecordField.START_DATE, true);
        Life.check(f, RecordField.START_DATE, start, subject, true);
        LocalDate end = f.date(RecordField.END_DATE, false);
        if (start != null && end != null && end.isBefore(start)) {
            f.expected(RecordField.END_DATE, "study.ae.end", start);
        }
        Boolean serious =
                switch (f.text(RecordField.SERIOUS)) {
                    case "Y" -> Boolean.TRUE;
                    case "N" -> Boolean.FALSE;
                    default -> {
                        f.expected(RecordField.SERIOUS, "study.ae.serious");
                        yield null;
                    }
                };
        List<Drug> related = related(f);
        if (!f.isValid() || subject.subjectId().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AdverseEvent(
                subject.subjectId().get(), term, grade, start, Optional.ofNullable(end), serious, related));
    }

    private static AdverseEventTerm ctcae(Fields f, String term) {
        CtcaeCatalogue catalogue = CtcaeCatalogue.v5();
        Optional<AdverseEventTerm> resolved = catalogue.resolve(term);
        if (resolved.isPresent()) {
            return resolved.get();
        }
        Optional<AdverseEventTerm> meant = catalogue.likelyMeant(term);
        if (meant.isPresent()) {
            f.expected(RecordField.TERM, "study.ae.term.meant", meant.get().term());
        } else {
            f.expected(RecordField.TERM, "study.ae.term.ctcae");
        }
        return null;
    }

    private static List<Drug> related(Fields f) {
        List<Drug> related = new ArrayList<>();
        String text = f.text(RecordField.RELATED_TO);
        if (text.isEmpty()) {
            return related;
        }
        for (String id : text.split(";", -1)) {
            Optional<Drug> drug = Drug.byId(id.trim());
            if (drug.isEmpty()) {
                f.expected(RecordField.RELATED_TO, "study.ae.relatedTo", DRUG_IDS);
                break;
            }
            related.add(drug.get());
        }
        return related;
    }
}
