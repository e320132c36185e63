package org.marrow.clinical.severity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.marrow.clinical.finding.Finding;
import org.marrow.clinical.finding.Outcome;
import org.marrow.clinical.labs.LabHistory;
import org.marrow.clinical.labs.LabResult;
import org.marrow.clinical.labs.Threshold;
import org.marrow.clinical.labs.Threshold.Relation;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.transfusion.TransfusionDependence;
import org.marrow.clinical.transfusion.TransfusionHistory;

/**
 * The modified Camitta severity criteria, with every threshold a parameter of the protocol.
 *
 * <p>Source: trial document 000, "Patients": "SAA was defined as bone marrow cellularity of less
 * than 25% and decreased values for at least two of three blood counts (reticulocyte count
 * &lt;20x10^9/L, platelet count &lt;20x10^9/L, and neutrophil count &lt;0.5x10^9/L). Aplastic anemia
 * was considered very severe if the patient met the criteria for SAA and had a neutrophil count
 * less than 0.2x10^9/L." NSAA is everything else; document 003 splits NSAA into
 * transfusion-dependent and not. Guidelines using automated reticulocyte counts use 60 x10^9/L
 * instead of 20 ({@link #withReticulocytesBelow}).
 *
 * <p>Blood counts must be at most {@code countMaxAgeDays} days old on the assessment date (default
 * 7, Marrow's choice, so that one visit's counts drawn on neighbouring days are used together);
 * older counts make the criterion UNKNOWN. Cellularity follows {@link CellularityAtFollowUp}.
 *
 * @param cellularityBelow marrow cellularity threshold, % (default 25)
 * @param reticulocytesBelow reticulocyte threshold, 10^9/L (default 20)
 * @param plateletsBelow platelet threshold, 10^9/L (default 20)
 * @param neutrophilsBelow neutrophil threshold, 10^9/L (default 0.5)
 * @param verySevereNeutrophilsBelow VSAA neutrophil threshold, 10^9/L (default 0.2)
 * @param countsRequired how many of the three counts must be low (default 2)
 * @param countMaxAgeDays largest accepted age of a blood count, days (default 7)
 * @param cellularity how cellularity is used without a new biopsy (default LAST_KNOWN_BIOPSY)
 * @param transfusionDependence the rule splitting NSAA (default 8 weeks, 1 transfusion)
 */
public record SeverityCriteria(
        BigDecimal cellularityBelow,
        BigDecimal reticulocytesBelow,
        BigDecimal plateletsBelow,
        BigDecimal neutrophilsBelow,
        BigDecimal verySevereNeutrophilsBelow,
        int countsRequired,
        int countMaxAgeDays,
        CellularityAtFollowUp cellularity,
        TransfusionDependence transfusionDependence) {

    /**
     * Checks the criteria.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a threshold is not positive, the VSAA neutrophil threshold
     *     exceeds the SAA one, {@code countsRequired} is not 1..3, or {@code countMaxAgeDays} &lt; 0
     */
    public SeverityCriteria {
        positive("Cellularity threshold", cellularityBelow);
        positive("Reticulocyte threshold", reticulocytesBelow);
        positive("Platelet threshold", plateletsBelow);
        positive("Neutrophil threshold", neutrophilsBelow);
        positive("VSAA neutrophil threshold", verySevereNeutrophilsBelow);
        if (verySevereNeutrophilsBelow.compareTo(neutrophilsBelow) > 0) {
            throw new IllegalArgumentException("VSAA neutrophil threshold (" + verySevereNeutrophilsBelow
                    + ") must be <= SAA neutrophil threshold (" + neutrophilsBelow + ")");
        }
        if (countsRequired < 1 || countsRequired > 3) {
            throw new IllegalArgumentException("Counts required (" + countsRequired + ") must be 1, 2 or 3");
        }
        if (countMaxAgeDays < 0) {
            throw new IllegalArgumentException("Count maximum age (" + countMaxAgeDays + " days) must be >= 0");
        }
        Objects.requireNonNull(cellularity, "cellularity");
        Objects.requireNonNull(transfusionDependence, "transfusionDependence");
    }

    private static void positive(String name, BigDecimal value) {
        Objects.requireNonNull(value, name);
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(name + " (" + value + ") must be > 0");
        }
    }

    /**
     * Document 000's criteria: cellularity &lt; 25%, two of reticulocytes &lt; 20, platelets &lt; 20,
     * neutrophils &lt; 0.5 x10^9/L; VSAA neutrophils &lt; 0.2 x10^9/L; counts at most 7 days old;
     * last known biopsy; 8-week transfusion look-back.
     *
     * @return the criteria
     */
    public static SeverityCriteria document000() {
        return new SeverityCriteria(
                new BigDecimal("25"),
                new BigDecimal("20"),
                new BigDecimal("20"),
                new BigDecimal("0.5"),
                new BigDecimal("0.2"),
                2,
                7,
                CellularityAtFollowUp.LAST_KNOWN_BIOPSY,
                TransfusionDependence.withDefaults());
    }

    /**
     * The same criteria with another reticulocyte threshold (60 for automated counts).
     *
     * @param threshold the threshold, 10^9/L, &gt; 0
     * @return the criteria
     * @throws IllegalArgumentException if not positive
     */
    public SeverityCriteria withReticulocytesBelow(BigDecimal threshold) {
        return new SeverityCriteria(
                cellularityBelow,
                threshold,
                plateletsBelow,
                neutrophilsBelow,
                verySevereNeutrophilsBelow,
                countsRequired,
                countMaxAgeDays,
                cellularity,
                transfusionDependence);
    }

    /**
     * The same criteria with another cellularity rule.
     *
     * @param rule the rule
     * @return the criteria
     */
    public SeverityCriteria with(CellularityAtFollowUp rule) {
        return new SeverityCriteria(
                cellularityBelow,
                reticulocytesBelow,
                plateletsBelow,
                neutrophilsBelow,
                verySevereNeutrophilsBelow,
                countsRequired,
                countMaxAgeDays,
                rule,
                transfusionDependence);
    }

    /**
     * The same criteria with another transfusion dependence rule for the NSAA split.
     *
     * @param rule the rule
     * @return the criteria
     */
    public SeverityCriteria with(TransfusionDependence rule) {
        return new SeverityCriteria(
                cellularityBelow,
                reticulocytesBelow,
                plateletsBelow,
                neutrophilsBelow,
                verySevereNeutrophilsBelow,
                countsRequired,
                countMaxAgeDays,
                cellularity,
                rule);
    }

    /**
     * The same criteria with another maximum age for blood counts.
     *
     * @param days the largest accepted age, &gt;= 0
     * @return the criteria
     * @throws IllegalArgumentException if negative
     */
    public SeverityCriteria withCountMaxAgeDays(int days) {
        return new SeverityCriteria(
                cellularityBelow,
                reticulocytesBelow,
                plateletsBelow,
                neutrophilsBelow,
                verySevereNeutrophilsBelow,
                countsRequired,
                days,
                cellularity,
                transfusionDependence);
    }

    /**
     * The count part of the SAA criteria: at least {@code countsRequired} of reticulocytes,
     * platelets and neutrophils below their thresholds. "No longer meeting SAA count criteria" is
     * this finding NOT_MET.
     *
     * @param labs the subject's labs
     * @param date the assessment date
     * @return the finding, UNKNOWN if missing or stale counts leave it open
     */
    public Finding countCriteria(LabHistory labs, LocalDate date) {
        List<Finding> counts = List.of(
                new Threshold(LabTest.RETI, Relation.BELOW, reticulocytesBelow).evaluate(labs, date, countMaxAgeDays),
                new Threshold(LabTest.PLAT, Relation.BELOW, plateletsBelow).evaluate(labs, date, countMaxAgeDays),
                new Threshold(LabTest.NEUT, Relation.BELOW, neutrophilsBelow).evaluate(labs, date, countMaxAgeDays));
        return Finding.atLeast(Message.of("clinical.severity.countCriteria", countsRequired), countsRequired, counts);
    }

    /**
     * Severity on a date without the NSAA transfusion split.
     *
     * @param labs the subject's labs (counts and cellularity)
     * @param date the assessment date
     * @return the assessment
     */
    public SeverityAssessment assess(LabHistory labs, LocalDate date) {
        return assess(labs, null, date);
    }

    /**
     * Severity on a date; NSAA is split into transfusion-dependent or not (document 003) when a
     * transfusion history is given.
     *
     * @param labs the subject's labs (counts and cellularity)
     * @param transfusions the subject's transfusions, or {@code null} to skip the NSAA split
     * @param date the assessment date
     * @return the assessment; severity empty when missing data leave it open
     * @throws NullPointerException if {@code labs} or {@code date} is null
     */
    public SeverityAssessment assess(LabHistory labs, TransfusionHistory transfusions, LocalDate date) {
        Objects.requireNonNull(labs, "labs");
        Objects.requireNonNull(date, "date");
        Finding counts = countCriteria(labs, date);
        List<Finding> saaParts = new ArrayList<>();
        if (cellularity == CellularityAtFollowUp.LAST_KNOWN_BIOPSY) {
            saaParts.add(cellularityFinding(labs, date));
        }
        saaParts.add(counts);
        Finding severe = Finding.allOf(
                cellularity == CellularityAtFollowUp.LAST_KNOWN_BIOPSY
                        ? Message.of("clinical.severity.saa", cellularityBelow, countsRequired)
                        : Message.of("clinical.severity.saaCountsOnly", countsRequired),
                saaParts);
        Finding neutrophils = new Threshold(LabTest.NEUT, Relation.BELOW, verySevereNeutrophilsBelow)
                .evaluate(labs, date, countMaxAgeDays);
        Finding verySevere = Finding.allOf(
                Message.of("clinical.severity.vsaa", verySevereNeutrophilsBelow), List.of(severe, neutrophils));
        Optional<Severity> severity;
        if (verySevere.outcome() == Outcome.MET) {
            severity = Optional.of(Severity.VERY_SEVERE);
        } else if (severe.outcome() == Outcome.NOT_MET) {
            severity = Optional.of(Severity.NON_SEVERE);
        } else if (severe.outcome() == Outcome.MET && verySevere.outcome() == Outcome.NOT_MET) {
            severity = Optional.of(Severity.SEVERE);
        } else {
            severity = Optional.empty();
        }
        Optional<Finding> dependence = Optional.empty();
        if (transfusions != null && severity.equals(Optional.of(Severity.NON_SEVERE))) {
            dependence =
                    Optional.of(transfusionDependence.assess(transfusions, date).anyDependence());
        }
        return new SeverityAssessment(date, severity, severe, verySevere, dependence);
    }

    private Finding cellularityFinding(LabHistory labs, LocalDate date) {
        Threshold threshold = new Threshold(LabTest.CELLULARITY, Relation.BELOW, cellularityBelow);
        Optional<LabResult> biopsy = labs.latest(LabTest.CELLULARITY, date);
        if (biopsy.isEmpty()) {
            return Finding.unknown(threshold.describe(), Message.of("clinical.severity.noBiopsy", date));
        }
        Finding finding = threshold.evaluate(biopsy.get());
        long age = ChronoUnit.DAYS.between(biopsy.get().date(), date);
        Message reason = age == 0
                ? Message.of("clinical.severity.biopsyOfTheDay", finding.reason())
                : Message.of(
                        "clinical.severity.biopsyCarried",
                        finding.reason(),
                        biopsy.get().date(),
                        age);
        return new Finding(finding.rule(), finding.outcome(), finding.evidence(), List.of(), reason);
    }
}
