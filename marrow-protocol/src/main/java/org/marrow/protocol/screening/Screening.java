package org.marrow.protocol.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.marrow.clinical.finding.Finding;
import org.marrow.clinical.finding.Outcome;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.eligibility.CriterionKind;
import org.marrow.protocol.eligibility.EligibilityCriterion;
import org.marrow.protocol.evaluation.CriterionEvaluator;
import org.marrow.study.StudyDataset;
import org.marrow.study.SubjectRecords;

/**
 * Screens data-set subjects against a protocol's eligibility (docs/protocol-format.md, "Applying a
 * protocol"): every criterion is
 * evaluated on the subject's source data on the screening date; the status is NOT_ELIGIBLE when an
 * inclusion is NOT_MET or an exclusion MET, otherwise INCOMPLETE when any criterion is UNKNOWN, and
 * ELIGIBLE only when every inclusion is MET and every exclusion NOT_MET (ARCHITECTURE.md principle 2:
 * missing data is never a pass).
 *
 * <p>How each criterion kind is judged: lab criteria on the latest result no older than the
 * criterion's (or the eligibility's) maximum age; ULN multiples against the lab record's own upper
 * limit when the data set gives one, else the protocol's reference range; repeated lab criteria on
 * the results in the look-back window; age in completed years; severity by the modified Camitta
 * criteria of document 000 with the protocol's reticulocyte threshold and transfusion look-back;
 * history items from {@code screening_history.csv} (an absent entry is UNKNOWN, {@code no} or 0
 * weeks NOT present); creatinine clearance by Cockcroft-Gault. Response criteria belong to dose
 * rules and are UNKNOWN before the first dose ({@link CriterionEvaluator}).
 */
public final class Screening {
    private final Protocol protocol;
    private final CriterionEvaluator evaluator;

    private Screening(Protocol protocol) {
        this.protocol = protocol;
        this.evaluator = CriterionEvaluator.of(protocol);
    }

    /**
     * Screening for a protocol.
     *
     * @param protocol the protocol
     * @return the screening
     * @throws NullPointerException if {@code protocol} is null
     */
    public static Screening of(Protocol protocol) {
        return new Screening(Objects.requireNonNull(protocol, "protocol"));
    }

    /**
     * Screens one subject.
     *
     * @param records the subject's records from the data set
     * @param on the screening date
     * @return the status and every criterion's finding
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code on} is before the subject's birth date
     */
    public ScreeningResult screen(SubjectRecords records, LocalDate on) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(on, "on");
        if (on.isBefore(records.subject().birthDate())) {
            throw new IllegalArgumentException("Screening date (" + on + ") must not be before the birth date ("
                    + records.subject().birthDate() + ") of "
                    + records.subject().subjectId());
        }
        List<CriterionResult> results = new ArrayList<>();
        boolean excluded = false;
        boolean unknown = false;
        for (EligibilityCriterion criterion : protocol.eligibility().all()) {
            Finding finding = evaluator.evaluate(criterion.criterion(), records, on);
            results.add(new CriterionResult(criterion.id(), criterion.kind(), criterion.text(), finding));
            Outcome disqualifying = criterion.kind() == CriterionKind.INCLUSION ? Outcome.NOT_MET : Outcome.MET;
            if (finding.outcome() == disqualifying) {
                excluded = true;
            } else if (finding.outcome() == Outcome.UNKNOWN) {
                unknown = true;
            }
        }
        EligibilityStatus status = excluded
                ? EligibilityStatus.NOT_ELIGIBLE
                : unknown ? EligibilityStatus.INCOMPLETE : EligibilityStatus.ELIGIBLE;
        return new ScreeningResult(records.subject().subjectId(), on, status, results);
    }

    /**
     * Screens every subject of a data set, in data-set order.
     *
     * @param dataset the data set
     * @param on the screening date
     * @return one result per subject
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code on} is before a subject's birth date
     */
    public List<ScreeningResult> screen(StudyDataset dataset, LocalDate on) {
        Objects.requireNonNull(dataset, "dataset");
        return dataset.bySubject().stream().map(r -> screen(r, on)).toList();
    }
}
