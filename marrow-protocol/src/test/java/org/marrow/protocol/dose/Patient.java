package org.marrow.protocol.dose;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.LabValue;
import org.marrow.clinical.quantity.Unit;
import org.marrow.clinical.renal.Sex;
import org.marrow.study.Dose;
import org.marrow.study.DoseUnit;
import org.marrow.study.Drug;
import org.marrow.study.LabRecord;
import org.marrow.study.Subject;
import org.marrow.study.SubjectRecords;

/** A synthetic enrolled subject, day 1 = {@link #DAY1}, built up for dose-rule tests. */
final class Patient {
    static final LocalDate DAY1 = LocalDate.of(2024, 1, 1);

    final String arm;
    String weight = "60";
    LocalDate birth = LocalDate.of(1980, 6, 1);
    Sex sex = Sex.MALE;
    final List<LabRecord> labs = new ArrayList<>();
    final List<Dose> doses = new ArrayList<>();

    Patient(String arm) {
        this.arm = arm;
    }

    /** The date of a study day. */
    static LocalDate day(int studyDay) {
        return DAY1.plusDays(studyDay - 1L);
    }

    Patient lab(int studyDay, LabTest test, String value, Unit unit) {
        labs.add(LabRecord.of("S1", day(studyDay), LabValue.of(test, new BigDecimal(value), unit)));
        return this;
    }

    Patient labWithUln(int studyDay, LabTest test, String value, Unit unit, String uln) {
        labs.add(new LabRecord(
                "S1",
                day(studyDay),
                LabValue.of(test, new BigDecimal(value), unit),
                unit.symbol(),
                Optional.empty(),
                Optional.of(new BigDecimal(uln))));
        return this;
    }

    /** HGB (g/L), NEUT and PLAT (10^9/L) on a day. */
    Patient counts(int studyDay, String hgb, String neut, String plat) {
        return lab(studyDay, LabTest.HGB, hgb, Unit.G_PER_L)
                .lab(studyDay, LabTest.NEUT, neut, Unit.E9_PER_L)
                .lab(studyDay, LabTest.PLAT, plat, Unit.E9_PER_L);
    }

    Patient dose(int studyDay, Drug drug, String amount, DoseUnit unit) {
        doses.add(new Dose("S1", day(studyDay), drug, new BigDecimal(amount), unit));
        return this;
    }

    SubjectRecords records() {
        Subject subject = new Subject(
                "S1",
                "site",
                Optional.of(arm),
                sex,
                birth,
                new BigDecimal(weight),
                new BigDecimal("175"),
                Optional.of(DAY1),
                Optional.of(DAY1));
        return new SubjectRecords(subject, labs, List.of(), doses, List.of(), List.of(), List.of());
    }
}
