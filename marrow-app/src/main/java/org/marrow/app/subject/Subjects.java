package org.marrow.app.subject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marrow.app.audit.AuditTrail;
import org.marrow.app.randomization.Randomizer;
import org.marrow.app.record.SourceRecords;
import org.marrow.app.security.Caller;
import org.marrow.app.security.SiteScope;
import org.marrow.app.study.Studies;
import org.marrow.app.study.Study;
import org.marrow.app.web.BadValueException;
import org.marrow.app.web.ConflictException;
import org.marrow.app.web.FieldProblem;
import org.marrow.app.web.NotFoundException;
import org.marrow.app.web.StaleEditException;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.renal.Sex;
import org.marrow.study.RecordField;
import org.marrow.study.Subject;
import org.marrow.study.Withdrawal;
import org.marrow.study.validation.Entry;
import org.marrow.study.validation.Problem;
import org.marrow.study.validation.Problems;
import org.marrow.study.validation.RecordReader;
import org.marrow.study.validation.StudyValidation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subjects, always seen through the caller's site scope: a subject of a site the caller does not
 * belong to is "not found", whether reading or writing.
 */
@Service
public class Subjects {
    /** Stands for the arm the protocol will assign, while an enrolment is checked. */
    private static final String PENDING_ARM = "(assigned at enrolment)";

    private static final String SELECT =
            "SELECT s.*, st.code AS site_code FROM subject s JOIN site st ON st.id = s.site_id";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Studies studies;
    private final Randomizer randomizer;
    private final ObjectProvider<SourceRecords> records;
    private final Clock clock = Clock.systemDefaultZone();

    Subjects(
            JdbcClient jdbc,
            AuditTrail audit,
            Studies studies,
            Randomizer randomizer,
            ObjectProvider<SourceRecords> records) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.studies = studies;
        this.randomizer = randomizer;
        this.records = records;
    }

    /**
     * The subjects of a study the caller sees, by id.
     *
     * @param studyId the study
     * @param caller the caller
     * @return the subjects
     * @throws NotFoundException if the study does not exist
     */
    @Transactional(readOnly = true)
    public List<SubjectView> list(long studyId, Caller caller) {
        studies.study(studyId);
        return SiteScope.bind(
                        jdbc.sql(SELECT + " WHERE s.study_id = :study AND " + SiteScope.on("s.site_id")
                                + " ORDER BY s.id"),
                        caller)
                .param("study", studyId)
                .query(SubjectView.class)
                .list();
    }

    /**
     * A subject the caller sees.
     *
     * @param id the subject's id
     * @param caller the caller
     * @return the subject
     * @throws NotFoundException if there is no such subject or it is at a site the caller does not see
     */
    @Transactional(readOnly = true)
    public SubjectView get(long id, Caller caller) {
        return find(id, caller, false);
    }

    /**
     * A subject the caller sees, locked for the rest of the transaction (serialises edits of one
     * subject's records).
     *
     * @param id the subject's id
     * @param caller the caller
     * @return the subject
     * @throws NotFoundException if there is no such subject or the caller does not see it
     */
    @Transactional
    public SubjectView lock(long id, Caller caller) {
        return find(id, caller, true);
    }

    private SubjectView find(long id, Caller caller, boolean lock) {
        return SiteScope.bind(
                        jdbc.sql(SELECT + " WHERE s.id = :id AND " + SiteScope.on("s.site_id")
                                + (lock ? " FOR UPDATE OF s" : "")),
                        caller)
                .param("id", id)
                .query(SubjectView.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("subject " + id, id));
    }

    /**
     * Enters a subject (screening, and enrolment if dated). An enrolled subject's arm is assigned by the
     * study's protocol ({@link Randomizer}) in this transaction; the input gives no arm.
     *
     * @param studyId the study
     * @param in the subject, without an arm
     * @param caller the caller; must belong to the site unless they see all sites
     * @return the subject as stored
     * @throws BadValueException if a value breaks its rule or an arm is given
     * @throws ConflictException if the code is taken in the study, or the study's protocol cannot assign an
     *     arm
     * @throws NotFoundException if the study does not exist
     */
    @Transactional
    public SubjectView create(long studyId, SubjectInput in, Caller caller) {
        String given = blankToNull(in.arm());
        if (given != null) {
            checkGivenArm(studies.study(studyId), given, blankToNull(in.enrolledOn()) != null);
        }
        return insert(studyId, in, caller, true);
    }

    /**
     * An arm in the request of an entry or an enrolment is accepted only where it cannot choose: the
     * protocol's only treated arm of a protocol that does not randomize. With a randomization any arm is
     * refused before the list is consulted, so a refused request reveals nothing of the next allocation.
     */
    private void checkGivenArm(Study study, String given, boolean enrolling) {
        if (!enrolling) {
            throw BadValueException.of(
                    "arm", given, "no arm before enrolment (the arm is assigned when enrolled_on is set)");
        }
        org.marrow.protocol.Protocol protocol = studies.protocol(study);
        if (protocol.design().randomization().isPresent()) {
            throw BadValueException.of("arm", given, "no arm: the arm is assigned by the randomization at enrolment");
        }
        List<String> treated = protocol.arms().stream()
                .filter(a -> a.type() != org.marrow.protocol.model.ArmType.HISTORICAL_CONTROL)
                .map(org.marrow.protocol.model.Arm::id)
                .toList();
        if (treated.size() != 1 || !treated.get(0).equals(given)) {
            throw BadValueException.of(
                    "arm",
                    given,
                    "no arm, or the protocol's only treated arm " + treated + ": it is assigned at enrolment");
        }
    }

    /**
     * Enters a subject with the arm given in the input, as recorded elsewhere (an imported data set); no
     * randomization takes place.
     *
     * @param studyId the study
     * @param in the subject
     * @param caller the caller
     * @return the subject as stored
     * @throws BadValueException if a value breaks its rule
     * @throws ConflictException if the code is taken in the study
     * @throws NotFoundException if the study does not exist
     */
    @Transactional
    public SubjectView createWithArm(long studyId, SubjectInput in, Caller caller) {
        return insert(studyId, in, caller, false);
    }

    private SubjectView insert(long studyId, SubjectInput in, Caller caller, boolean assignArm) {
        Study study = studies.study(studyId);
        boolean enrolling = assignArm && blankToNull(in.enrolledOn()) != null;
        Checked checked = check(in, caller, enrolling ? PENDING_ARM : blankToNull(in.arm()));
        Subject s = checked.subject();
        if (jdbc.sql("SELECT count(*) FROM subject WHERE study_id = ? AND subject_code = ?")
                        .params(studyId, in.subjectCode())
                        .query(Long.class)
                        .single()
                > 0) {
            throw new ConflictException(
                    "subject_code",
                    in.subjectCode(),
                    "Subject code '" + in.subjectCode() + "' is taken in study " + studyId);
        }
        long id = jdbc.sql(
                        "INSERT INTO subject (study_id, site_id, subject_code, sex, birth_date, weight_kg, height_cm,"
                                + " screened_on, arm, enrolled_on, first_dose_on, withdrawn_on, withdrawal_reason)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .params(
                        studyId,
                        in.siteId(),
                        s.subjectId(),
                        s.sex() == Sex.MALE ? "M" : "F",
                        s.birthDate(),
                        s.weightKg(),
                        s.heightCm(),
                        s.screenedOn().orElse(null),
                        assignArm ? null : s.arm().orElse(null),
                        s.enrolledOn().orElse(null),
                        s.firstDoseOn().orElse(null),
                        checked.withdrawal().map(Withdrawal::date).orElse(null),
                        checked.withdrawal()
                                .map(Withdrawal::reason)
                                .map(Subjects::blankToNull)
                                .orElse(null))
                .query(Long.class)
                .single();
        if (enrolling) {
            enrol(study, find(id, caller, false));
        }
        SubjectView stored = find(id, caller, false);
        audit.inserted("subject", id, stored, in.reason());
        return stored;
    }

    /** Assigns the arm of a subject being enrolled; the caller audits the subject afterwards. */
    private void enrol(Study study, SubjectView subject) {
        Randomizer.Assignment a = randomizer.assign(
                study.id(),
                studies.protocol(study),
                new Randomizer.Enrollee(subject.id(), subject.subjectCode(), subject.siteCode(), subject.sex()));
        jdbc.sql("UPDATE subject SET arm = ? WHERE id = ?")
                .params(a.arm(), subject.id())
                .update();
    }

    /**
     * Edits a subject. Setting the enrolment date of a subject not yet enrolled enrols it: its arm is
     * assigned by the protocol in this transaction. The arm is never edited, and an enrolment is never
     * undone (a withdrawal is recorded instead).
     *
     * @param id the subject
     * @param in the new values, with the version they are based on and a reason
     * @param caller the caller
     * @return the subject as stored
     * @throws NotFoundException if the caller does not see the subject
     * @throws StaleEditException if the subject changed since {@code in.version()}
     * @throws BadValueException if a value breaks its rule, the reason is missing, the arm differs from
     *     the assigned one or the enrolment date is removed
     * @throws ConflictException if the study's protocol cannot assign an arm
     */
    @Transactional
    public SubjectView update(long id, SubjectInput in, Caller caller) {
        SubjectView before = lock(id, caller);
        if (in.version() == null) {
            throw BadValueException.of("version", null, "the version of the subject the edit is based on");
        }
        if (in.version() != before.version()) {
            throw new StaleEditException("Subject " + id, in.version(), before, before.version());
        }
        String given = blankToNull(in.arm());
        boolean enrolledGiven = blankToNull(in.enrolledOn()) != null;
        if (given != null && before.arm() == null) {
            checkGivenArm(studies.study(before.studyId()), given, enrolledGiven);
        } else if (given != null && !given.equals(before.arm())) {
            throw BadValueException.of(
                    "arm", given, "the arm assigned at enrolment (" + before.arm() + "); an arm is not edited");
        }
        if (before.enrolledOn() != null && !enrolledGiven) {
            throw BadValueException.of(
                    "enrolled_on",
                    null,
                    "the enrolment date (an enrolment is not undone; record a withdrawal instead)");
        }
        boolean enrolling = before.enrolledOn() == null && enrolledGiven;
        Checked checked = check(in, caller, enrolling ? PENDING_ARM : before.arm());
        Subject s = checked.subject();
        List<Problem> conflicts =
                validation().subjectChange(s, records.getObject().recordsOf(before));
        if (!conflicts.isEmpty()) {
            throw new BadValueException(
                    conflicts.stream().map(Subjects::problem).toList());
        }
        jdbc.sql(
                        "UPDATE subject SET site_id = ?, subject_code = ?, sex = ?, birth_date = ?, weight_kg = ?, height_cm = ?,"
                                + " screened_on = ?, arm = ?, enrolled_on = ?, first_dose_on = ?, withdrawn_on = ?,"
                                + " withdrawal_reason = ?, version = version + 1 WHERE id = ?")
                .params(
                        in.siteId(),
                        s.subjectId(),
                        s.sex() == Sex.MALE ? "M" : "F",
                        s.birthDate(),
                        s.weightKg(),
                        s.heightCm(),
                        s.screenedOn().orElse(null),
                        before.arm(),
                        s.enrolledOn().orElse(null),
                        s.firstDoseOn().orElse(null),
                        checked.withdrawal().map(Withdrawal::date).orElse(null),
                        checked.withdrawal()
                                .map(Withdrawal::reason)
                                .map(Subjects::blankToNull)
                                .orElse(null),
                        id)
                .update();
        if (enrolling) {
            enrol(studies.study(before.studyId()), find(id, caller, false));
        }
        SubjectView after = find(id, caller, false);
        audit.updated("subject", id, before, after, in.reason());
        return after;
    }

    /** A subject and its withdrawal, checked. */
    private record Checked(Subject subject, Optional<Withdrawal> withdrawal) {}

    /**
     * Checks a subject by the study validation (every field at once) and the site by the caller's
     * membership. Doubtful measures (a weight outside 25-200 kg) are accepted, as entered.
     *
     * @param arm the arm to check the entry with: the assigned one, a stand-in for the arm about to be
     *     assigned, or none
     * @throws BadValueException with every problem
     */
    private Checked check(SubjectInput in, Caller caller, String arm) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<String> siteCode = siteCode(in.siteId(), caller);
        if (siteCode.isEmpty()) {
            problems.add(new FieldProblem(
                    "site_id",
                    in.siteId() == null ? null : in.siteId().toString(),
                    Message.of("app.subject.site"),
                    true));
        }
        Map<RecordField, String> fields = new EnumMap<>(RecordField.class);
        fields.put(RecordField.SUBJECT_ID, in.subjectCode());
        fields.put(RecordField.SITE, siteCode.orElse("-"));
        fields.put(RecordField.ARM, arm);
        fields.put(RecordField.SEX, in.sex());
        fields.put(RecordField.BIRTH_DATE, in.birthDate());
        fields.put(RecordField.WEIGHT_KG, in.weightKg());
        fields.put(RecordField.HEIGHT_CM, in.heightCm());
        fields.put(RecordField.SCREENED_ON, in.screenedOn());
        fields.put(RecordField.ENROLLED_ON, in.enrolledOn());
        fields.put(RecordField.FIRST_DOSE_ON, in.firstDoseOn());
        fields.put(RecordField.WITHDRAWN_ON, in.withdrawnOn());
        fields.put(RecordField.WITHDRAWAL_REASON, in.withdrawalReason());
        Entry entry = field -> {
            String text = fields.get(field);
            return text == null ? "" : text.trim();
        };
        RecordReader reader = validation().reader();
        Problems found = new Problems();
        Optional<Subject> subject = reader.subject(entry, found);
        Optional<LocalDate> enrolled = subject.flatMap(Subject::enrolledOn);
        Optional<Withdrawal> withdrawal = reader.withdrawal(entry, enrolled, found);
        for (Problem p : found.list()) {
            if (p.isError()) {
                problems.add(problem(p));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadValueException(problems);
        }
        return new Checked(subject.orElseThrow(), withdrawal);
    }

    /** A problem of the study validation as the subject API names its field. */
    private static FieldProblem problem(Problem p) {
        String field =
                switch (p.field()) {
                    case SUBJECT_ID -> "subject_code";
                    case SITE -> "site_id";
                    default -> p.field().fieldName();
                };
        return new FieldProblem(field, p.value(), p.message(), p.kind() == Problem.Kind.EXPECTED);
    }

    /** The code of a site the caller is a member of (or sees as an administrator); empty if not. */
    private Optional<String> siteCode(Long siteId, Caller caller) {
        if (siteId == null) {
            return Optional.empty();
        }
        return SiteScope.bind(jdbc.sql("SELECT code FROM site WHERE id = :site AND " + SiteScope.on("id")), caller)
                .param("site", siteId)
                .query(String.class)
                .optional();
    }

    private StudyValidation validation() {
        return StudyValidation.asOf(LocalDate.now(clock));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
