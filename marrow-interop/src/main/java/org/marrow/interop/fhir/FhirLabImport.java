package org.marrow.interop.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.marrow.clinical.labs.LabHistory;
import org.marrow.clinical.labs.LabResult;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.LabValue;
import org.marrow.clinical.quantity.ReferenceRange;
import org.marrow.clinical.quantity.Unit;
import org.marrow.clinical.quantity.UnitMismatchException;
import org.marrow.interop.ImportProblem;
import org.marrow.study.LabRecord;
import org.marrow.study.RecordField;
import org.marrow.study.validation.Checked;
import org.marrow.study.validation.StudyValidation;
import org.marrow.study.validation.SubjectContext;

/**
 * Takes a hospital system's laboratory results, an HL7 FHIR R4 Bundle of {@code Observation}s (JSON or XML, parsed
 * by HAPI FHIR), into one subject's lab values: each Observation's test is found by its LOINC code (or Marrow's
 * own test code), its value, unit (UCUM) and reference range read as a lab entry and checked by the study
 * validation, the one every entry path uses, every problem at once; a valid value is then stored in its test's
 * canonical unit (reticulocytes in % with the same day's red cell count, else as given). A value the subject
 * already has (same test, date and value in the canonical unit), or that the Bundle gives twice, is a duplicate:
 * reported and not added. Other resources (a Patient, say) are reported and ignored.
 */
public final class FhirLabImport {
    private static final List<Observation.ObservationStatus> USABLE = List.of(
            Observation.ObservationStatus.FINAL,
            Observation.ObservationStatus.AMENDED,
            Observation.ObservationStatus.CORRECTED);

    private FhirLabImport() {}

    /**
     * The outcome: the values to add, and every problem. The values are to be stored only when no problem is an
     * error; a doubtful value (implausible, a likely unit mix-up) is a warning that the caller may ask a user to
     * confirm, as every entry path does.
     *
     * @param added the new lab values, in the canonical unit, in Bundle order
     * @param duplicates how many Observations were duplicates (reported, not added)
     * @param problems every problem, in Bundle order
     */
    public record Result(List<LabRecord> added, int duplicates, List<ImportProblem> problems) {
        /**
         * Checks and copies.
         *
         * @throws NullPointerException if a component is null
         */
        public Result {
            added = List.copyOf(added);
            problems = List.copyOf(problems);
        }

        /**
         * Whether a problem refuses the import.
         *
         * @return true if any problem is an error
         */
        public boolean hasErrors() {
            return problems.stream().anyMatch(ImportProblem::error);
        }

        /**
         * Whether a value is doubtful (a warning of the study validation, not a duplicate or an ignored resource).
         *
         * @return true if a warning names a field
         */
        public boolean hasDoubts() {
            return problems.stream().anyMatch(p -> !p.error() && !p.field().isEmpty());
        }
    }

    /**
     * Reads a Bundle of laboratory Observations for one subject.
     *
     * @param bundle the Bundle, FHIR R4 JSON or XML
     * @param file the Bundle's name, for the problems' locations
     * @param subject the subject, with its death if recorded
     * @param existing the subject's lab values already stored
     * @param validation the study validation (today)
     * @return the values to add and every problem
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the subject context has no subject
     */
    public static Result read(
            byte[] bundle, String file, SubjectContext subject, List<LabRecord> existing, StudyValidation validation) {
        Objects.requireNonNull(bundle, "bundle");
        String subjectId = subject.subjectId()
                .orElseThrow(() -> new IllegalArgumentException("The subject of a FHIR import must be known"));
        List<ImportProblem> problems = new ArrayList<>();
        Bundle parsed;
        try {
            parsed = parser(bundle).parseResource(Bundle.class, new String(bundle, StandardCharsets.UTF_8));
        } catch (DataFormatException | ClassCastException e) {
            problems.add(ImportProblem.of(file, Message.of("interop.fhir.notBundle", e.getMessage())));
            return new Result(List.of(), 0, problems);
        }
        List<List<ImportProblem>> perEntry = new ArrayList<>();
        List<LabRecord> checked = new ArrayList<>();
        List<Integer> entries = new ArrayList<>();
        for (Bundle.BundleEntryComponent entry : parsed.getEntry()) {
            int index = perEntry.size();
            String location = location(file, index);
            List<ImportProblem> here = new ArrayList<>();
            perEntry.add(here);
            Resource resource = entry.getResource();
            if (!(resource instanceof Observation o)) {
                here.add(new ImportProblem(
                        false,
                        location,
                        "",
                        "",
                        Message.of("interop.fhir.notObservation", resource == null ? "nothing" : resource.fhirType())));
                continue;
            }
            observation(o, location, subjectId, subject, validation, here).ifPresent(r -> {
                checked.add(r);
                entries.add(index);
            });
        }
        List<LabResult> all = new ArrayList<>();
        existing.forEach(l -> all.add(l.result()));
        checked.forEach(l -> all.add(l.result()));
        LabHistory history = LabHistory.of(all);
        List<LabRecord> added = new ArrayList<>();
        List<LabRecord> known = new ArrayList<>(existing);
        int duplicates = 0;
        for (int i = 0; i < checked.size(); i++) {
            LabRecord canonical = canonical(checked.get(i), history);
            if (known.stream().anyMatch(k -> sameValue(k, canonical, history))) {
                duplicates++;
                int index = entries.get(i);
                perEntry.get(index)
                        .add(new ImportProblem(
                                false,
                                location(file, index),
                                "",
                                "",
                                Message.of(
                                        "interop.fhir.duplicate",
                                        canonical.test().code(),
                                        canonical.date(),
                                        canonical.value().amount())));
                continue;
            }
            known.add(canonical);
            added.add(canonical);
        }
        perEntry.forEach(problems::addAll);
        return new Result(added, duplicates, problems);
    }

    private static String location(String file, int index) {
        return file + " entry[" + index + "]";
    }

    private static IParser parser(byte[] bundle) {
        for (byte b : bundle) {
            if (!Character.isWhitespace(b)) {
                return b == '<' ? Fhir.context().newXmlParser() : Fhir.context().newJsonParser();
            }
        }
        return Fhir.context().newJsonParser();
    }

    /** An Observation as a lab entry, checked by the study validation. */
    private static Optional<LabRecord> observation(
            Observation o,
            String location,
            String subjectId,
            SubjectContext subject,
            StudyValidation validation,
            List<ImportProblem> problems) {
        int before = problems.size();
        if (!USABLE.contains(o.getStatus())) {
            problems.add(ImportProblem.of(
                    location,
                    Message.of(
                            "interop.fhir.status",
                            o.getStatus() == null ? "" : o.getStatus().toCode())));
        }
        Optional<LabTest> test = test(o);
        if (test.isEmpty()) {
            problems.add(ImportProblem.of(location, Message.of("interop.fhir.code", codes(o))));
        }
        Optional<LocalDate> date = date(o);
        if (date.isEmpty()) {
            problems.add(ImportProblem.of(location, Message.of("interop.fhir.effective")));
        }
        if (!o.hasValueQuantity() || !o.getValueQuantity().hasValue()) {
            problems.add(ImportProblem.of(location, Message.of("interop.fhir.value")));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        Quantity value = o.getValueQuantity();
        String unit = unitText(value);
        Map<RecordField, String> fields = new EnumMap<>(RecordField.class);
        fields.put(RecordField.SUBJECT_ID, subjectId);
        fields.put(RecordField.DATE, date.get().toString());
        fields.put(RecordField.TEST, test.get().code());
        fields.put(RecordField.VALUE, value.getValue().toPlainString());
        fields.put(RecordField.UNIT, unit);
        if (o.hasReferenceRange()) {
            Observation.ObservationReferenceRangeComponent range = o.getReferenceRangeFirstRep();
            limit(range.getLow(), unit).ifPresent(v -> fields.put(RecordField.LLN, v));
            limit(range.getHigh(), unit).ifPresent(v -> fields.put(RecordField.ULN, v));
        }
        Checked<LabRecord> checked = validation.lab(f -> fields.getOrDefault(f, ""), subject);
        checked.problems().forEach(p -> problems.add(ImportProblem.of(location, p)));
        return checked.record();
    }

    private static Optional<LabTest> test(Observation o) {
        for (Coding c : o.getCode().getCoding()) {
            for (LabTest t : LabTest.values()) {
                boolean loinc = Fhir.LOINC.equals(c.getSystem())
                        && t.loinc().filter(c.getCode()::equals).isPresent();
                boolean marrow = Fhir.LAB_TEST.equals(c.getSystem()) && t.code().equals(c.getCode());
                if (loinc || marrow) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }

    private static String codes(Observation o) {
        List<String> codes = new ArrayList<>();
        for (Coding c : o.getCode().getCoding()) {
            codes.add(c.getSystem() + "|" + c.getCode());
        }
        return codes.isEmpty() ? "none" : String.join(", ", codes);
    }

    /** The sample date: the effective date and time (its own calendar date) or the start of its period. */
    private static Optional<LocalDate> date(Observation o) {
        DateTimeType when = o.hasEffectiveDateTimeType()
                ? o.getEffectiveDateTimeType()
                : o.hasEffectivePeriod() && o.getEffectivePeriod().hasStart()
                        ? o.getEffectivePeriod().getStartElement()
                        : null;
        if (when == null || when.getValue() == null || when.getPrecision().compareTo(TemporalPrecisionEnum.DAY) < 0) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(when.getYear(), when.getMonth() + 1, when.getDay()));
    }

    /** The unit as the sender wrote it: its UCUM code, else its display. */
    private static String unitText(Quantity q) {
        return q.hasCode() ? q.getCode() : q.hasUnit() ? q.getUnit() : "";
    }

    /** A reference limit in the value's unit, if it is given in that unit. */
    private static Optional<String> limit(Quantity q, String unit) {
        if (q == null || !q.hasValue()) {
            return Optional.empty();
        }
        try {
            return Unit.parse(unitText(q)) == Unit.parse(unit)
                    ? Optional.of(q.getValue().toPlainString())
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The record in its test's canonical unit, limits too; as given where it cannot be converted. */
    private static LabRecord canonical(LabRecord r, LabHistory history) {
        Optional<LabValue> value = history.canonical(r.result());
        if (value.isEmpty() || value.get().unit() == r.value().unit()) {
            return r;
        }
        ReferenceRange range;
        try {
            range = r.referenceRange();
        } catch (UnitMismatchException e) {
            range = new ReferenceRange(r.test(), Optional.empty(), Optional.empty());
        }
        Optional<BigDecimal> lln = range.lower().map(LabValue::amount);
        Optional<BigDecimal> uln = range.upper().map(LabValue::amount);
        return new LabRecord(
                r.subjectId(), r.date(), value.get(), value.get().unit().symbol(), lln, uln);
    }

    private static boolean sameValue(LabRecord a, LabRecord b, LabHistory history) {
        if (a.test() != b.test() || !a.date().equals(b.date())) {
            return false;
        }
        Optional<LabValue> x = history.canonical(a.result());
        Optional<LabValue> y = history.canonical(b.result());
        return x.isPresent() && y.isPresent()
                ? x.get().amount().compareTo(y.get().amount()) == 0
                : a.value().unit() == b.value().unit()
                        && a.value().amount().compareTo(b.value().amount()) == 0;
    }
}
