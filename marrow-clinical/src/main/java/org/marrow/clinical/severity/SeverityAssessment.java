package org.marrow.clinical.severity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.marrow.clinical.finding.Finding;
import org.marrow.clinical.finding.Outcome;
import org.marrow.clinical.message.Message;

/**
 * The severity of a subject's aplastic anemia on one date, with the findings it rests on.
 *
 * @param date the assessment date
 * @param severity the severity, or empty when the data do not decide it (see {@link #reasons()})
 * @param severe the SAA criteria (cellularity and at least two counts)
 * @param verySevere the VSAA criteria (SAA and neutrophils below the VSAA threshold)
 * @param transfusionDependence for NSAA, red cell or platelet dependence (document 003's split);
 *     empty when not assessed or not NSAA
 */
public record SeverityAssessment(
        LocalDate date,
        Optional<Severity> severity,
        Finding severe,
        Finding verySevere,
        Optional<Finding> transfusionDependence) {

    /**
     * Checks the assessment.
     *
     * @throws NullPointerException if a component is null
     */
    public SeverityAssessment {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(severe, "severe");
        Objects.requireNonNull(verySevere, "verySevere");
        Objects.requireNonNull(transfusionDependence, "transfusionDependence");
    }

    /**
     * The label used by document 003: {@code VSAA}, {@code SAA}, {@code TD-NSAA}, {@code NTD-NSAA},
     * or {@code NSAA} when transfusion dependence was not assessed or is unknown.
     *
     * @return the label, or empty when the severity is unknown
     */
    public Optional<String> label() {
        return severity.map(s -> {
            if (s != Severity.NON_SEVERE || transfusionDependence.isEmpty()) {
                return s.abbreviation();
            }
            Outcome td = transfusionDependence.get().outcome();
            return td == Outcome.MET ? "TD-NSAA" : td == Outcome.NOT_MET ? "NTD-NSAA" : "NSAA";
        });
    }

    /**
     * The label of {@link #label()} as a message, rendered "SAA" in English and with the Chinese name
     * of the severity in Chinese.
     *
     * @return the label, or "unknown" when the severity is unknown
     */
    public Message labelMessage() {
        return Message.of("clinical.severity.label." + label().orElse("unknown"));
    }

    /**
     * The explanation: the verdict first, then each criterion with its evidence, then what was
     * missing.
     *
     * @return the reasons, one message each
     */
    public List<Message> reasons() {
        List<Message> reasons = new ArrayList<>();
        reasons.add(Message.of("clinical.severity.verdict", labelMessage(), date));
        reasons.add(severe.reason());
        severe.evidence().forEach(e -> reasons.add(Message.of("clinical.severity.evidence", e.message())));
        reasons.add(verySevere.reason());
        transfusionDependence.ifPresent(f -> reasons.add(f.reason()));
        for (Message missing : severe.missing()) {
            reasons.add(Message.of("clinical.missing", missing));
        }
        for (Message missing : verySevere.missing()) {
            if (!severe.missing().contains(missing)) {
                reasons.add(Message.of("clinical.missing", missing));
            }
        }
        return reasons;
    }
}
