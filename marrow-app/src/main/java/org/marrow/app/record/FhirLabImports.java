package org.marrow.app.record;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.marrow.app.security.Caller;
import org.marrow.app.subject.SubjectView;
import org.marrow.app.subject.Subjects;
import org.marrow.app.web.ImportRejectedException;
import org.marrow.clinical.message.Message;
import org.marrow.interop.ImportProblem;
import org.marrow.interop.fhir.FhirLabImport;
import org.marrow.study.EventType;
import org.marrow.study.LabRecord;
import org.marrow.study.StudyEvent;
import org.marrow.study.SubjectRecords;
import org.marrow.study.validation.StudyValidation;
import org.marrow.study.validation.SubjectContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A hospital laboratory system's results, an HL7 FHIR R4 Bundle of {@code Observation}s, into one subject's labs
 * ({@link FhirLabImport}: every value checked by the study validation as any entry is, stored in its test's
 * canonical unit, values the subject already has left out). A Bundle with an error stores nothing; a doubtful value
 * (implausible, a likely unit mix-up) is stored only when the request confirms it, as for any entry. Each value
 * stored is audited as an entry, with the reason given.
 */
@Service
public class FhirLabImports {
    private final Subjects subjects;
    private final SourceRecords records;
    private final Clock clock = Clock.systemDefaultZone();

    FhirLabImports(Subjects subjects, SourceRecords records) {
        this.subjects = subjects;
        this.records = records;
    }

    /**
     * What an import did.
     *
     * @param added how many lab values were stored
     * @param duplicates how many the subject already had (left out)
     * @param warnings the warnings (duplicates, resources that are not Observations, confirmed doubts), in English
     */
    public record Result(int added, int duplicates, List<String> warnings) {
        /**
         * Copies the warnings.
         *
         * @throws NullPointerException if warnings is null
         */
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Imports a Bundle into a subject's labs, in one transaction.
     *
     * @param subjectId the subject
     * @param bundle the Bundle, FHIR R4 JSON or XML
     * @param acceptImplausible whether doubtful values are confirmed
     * @param reason the reason written in the audit trail of every value stored, if given
     * @param caller the caller
     * @return what was stored
     * @throws org.marrow.app.web.NotFoundException if the caller does not see the subject
     * @throws ImportRejectedException if the Bundle has an error, or a doubt not confirmed (nothing is stored)
     */
    @Transactional
    public Result importBundle(long subjectId, byte[] bundle, boolean acceptImplausible, String reason, Caller caller) {
        SubjectView subject = subjects.lock(subjectId, caller);
        SubjectRecords stored = records.recordsOf(subject);
        SubjectContext context = SubjectContext.of(subject.subject());
        Optional<LocalDate> death = stored.events().stream()
                .filter(e -> e.type() == EventType.DEATH)
                .map(StudyEvent::date)
                .min(LocalDate::compareTo);
        if (death.isPresent()) {
            context = context.withDeath(death.get(), Optional.empty());
        }
        FhirLabImport.Result result = FhirLabImport.read(
                bundle, "bundle", context, stored.labs(), StudyValidation.asOf(LocalDate.now(clock)));
        if (result.hasErrors()) {
            throw new ImportRejectedException(
                    Message.of(
                            "app.fhir.errors",
                            result.problems().stream()
                                    .filter(ImportProblem::error)
                                    .count()),
                    shown(result.problems()));
        }
        if (result.hasDoubts() && !acceptImplausible) {
            throw new ImportRejectedException(Message.of("app.fhir.doubts"), shown(result.problems()));
        }
        String audited = reason == null || reason.isBlank() ? "HL7 FHIR lab import" : reason.strip();
        for (LabRecord lab : result.added()) {
            records.insertChecked(subjectId, RecordKind.LABS, lab, audited);
        }
        return new Result(
                result.added().size(),
                result.duplicates(),
                result.problems().stream().map(ImportProblem::toString).toList());
    }

    private static List<ImportRejectedException.ImportProblem> shown(List<ImportProblem> problems) {
        return problems.stream()
                .map(p -> new ImportRejectedException.ImportProblem(
                        p.location(),
                        p.field().isEmpty() ? null : p.field(),
                        p.value().isEmpty() ? null : p.value(),
                        p.message(),
                        !p.error()))
                .toList();
    }
}
