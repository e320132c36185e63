package org.marrow.clinical.response;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.marrow.clinical.finding.Finding;
import org.marrow.clinical.message.Message;

/**
 * A subject's response on one date under one criteria set, derived as a whole from the labs, the
 * transfusions and the baseline.
 *
 * @param criteria the criteria set applied
 * @param date the assessment date
 * @param category the category, or empty when missing data leave it open (never a default)
 * @param findings the findings it rests on, highest tier first
 * @param summary one sentence: the category and the deciding finding, or what is missing
 */
public record ResponseAssessment(
        CriteriaSet criteria,
        LocalDate date,
        Optional<ResponseCategory> category,
        List<Finding> findings,
        Message summary) {

    /**
     * Checks and copies the assessment.
     *
     * @throws NullPointerException if a component is null
     */
    public ResponseAssessment {
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(summary, "summary");
        findings = List.copyOf(findings);
    }

    /**
     * What was missing or stale, across all findings.
     *
     * @return the missing items, without duplicates
     */
    public List<Message> missing() {
        List<Message> missing = new ArrayList<>();
        for (Finding f : findings) {
            for (Message m : f.missing()) {
                if (!missing.contains(m)) {
                    missing.add(m);
                }
            }
        }
        return missing;
    }

    /**
     * The explanation: the summary, each finding's reason, then what was missing.
     *
     * @return the reasons, one message each
     */
    public List<Message> reasons() {
        List<Message> reasons = new ArrayList<>();
        reasons.add(summary);
        findings.forEach(f -> reasons.add(f.reason()));
        missing().forEach(m -> reasons.add(Message.of("clinical.missing", m)));
        return reasons;
    }
}
