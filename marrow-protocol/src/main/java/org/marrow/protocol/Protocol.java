package org.marrow.protocol;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.ReferenceRange;
import org.marrow.protocol.design.Endpoint;
import org.marrow.protocol.design.ResponsePlan;
import org.marrow.protocol.design.StatisticalDesign;
import org.marrow.protocol.dose.DoseRule;
import org.marrow.protocol.eligibility.Eligibility;
import org.marrow.protocol.model.Arm;
import org.marrow.protocol.model.ArmType;
import org.marrow.protocol.model.Identity;
import org.marrow.protocol.regimen.Regimen;
import org.marrow.protocol.schedule.Visit;
import org.marrow.study.Drug;
import org.marrow.study.Subject;

/**
 * A trial protocol as data (docs/protocol-format.md): identity and version, arms, eligibility, regimens, dose rules,
 * visits, response plan, endpoints and statistical design. Loaded and validated by
 * {@link ProtocolRegistry}; immutable.
 *
 * @param identity id, version, title, phase, registry ids, sites
 * @param arms the arms with their allocation ratios
 * @param referenceRanges upper/lower limits of normal used by ULN-relative criteria, by test
 * @param eligibility inclusion and exclusion criteria
 * @param regimens the treatment regimens
 * @param doseRules the dose rules
 * @param visits the assessment visits, in protocol order
 * @param response how response is judged
 * @param endpoints the endpoints
 * @param design the statistical design
 */
public record Protocol(
        Identity identity,
        List<Arm> arms,
        Map<LabTest, ReferenceRange> referenceRanges,
        Eligibility eligibility,
        List<Regimen> regimens,
        List<DoseRule> doseRules,
        List<Visit> visits,
        ResponsePlan response,
        List<Endpoint> endpoints,
        StatisticalDesign design) {

    /**
     * Checks and copies the protocol.
     *
     * @throws NullPointerException if a component is null
     */
    public Protocol {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(eligibility, "eligibility");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(design, "design");
        arms = List.copyOf(arms);
        referenceRanges = Map.copyOf(referenceRanges);
        regimens = List.copyOf(regimens);
        doseRules = List.copyOf(doseRules);
        visits = List.copyOf(visits);
        endpoints = List.copyOf(endpoints);
    }

    /**
     * The protocol id.
     *
     * @return e.g. {@code ctx-ist}
     */
    public String id() {
        return identity.id();
    }

    /**
     * The protocol version.
     *
     * @return e.g. {@code 1.0}
     */
    public String version() {
        return identity.version();
    }

    /**
     * An arm by id.
     *
     * @param id the arm id
     * @return the arm, if any
     */
    public Optional<Arm> arm(String id) {
        return arms.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /**
     * A visit by name.
     *
     * @param name the visit name
     * @return the visit, if any
     */
    public Optional<Visit> visit(String name) {
        return visits.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /**
     * The regimens an arm receives.
     *
     * @param armId the arm id
     * @return its regimens, in protocol order
     */
    public List<Regimen> regimensFor(String armId) {
        return regimens.stream().filter(r -> r.arms().contains(armId)).toList();
    }

    /**
     * The dose rules for a drug in an arm.
     *
     * @param drug the drug
     * @param armId the arm id
     * @return the rules, in protocol order
     */
    public List<DoseRule> doseRulesFor(Drug drug, String armId) {
        return doseRules.stream()
                .filter(r -> r.drug() == drug && r.arms().contains(armId))
                .toList();
    }

    /**
     * The arm whose regimens and dose rules a subject follows: the arm whose id is the subject's
     * {@code arm} in {@code subjects.csv}; or, when that names no arm of this protocol (a site's own
     * label such as {@code IST+CTX}), the protocol's only treated arm (experimental or control) if it
     * has exactly one.
     *
     * @param subject an enrolled subject
     * @return the arm
     * @throws NullPointerException if {@code subject} is null
     * @throws IllegalArgumentException if the subject has no arm (a candidate), or the arm names no
     *     arm of this protocol and the protocol has more than one treated arm
     */
    public Arm treatmentArm(Subject subject) {
        Objects.requireNonNull(subject, "subject");
        String armIds = String.join(", ", arms.stream().map(Arm::id).toList());
        if (subject.arm().isEmpty()) {
            throw new IllegalArgumentException("Subject " + subject.subjectId()
                    + " has no arm (a candidate not yet enrolled); expected an enrolled subject with one of " + armIds);
        }
        Optional<Arm> named = arm(subject.arm().get());
        if (named.isPresent()) {
            return named.get();
        }
        List<Arm> treated = arms.stream()
                .filter(a -> a.type() != ArmType.HISTORICAL_CONTROL)
                .toList();
        if (treated.size() == 1) {
            return treated.get(0);
        }
        throw new IllegalArgumentException("Subject " + subject.subjectId() + " has arm '"
                + subject.arm().get() + "', which is not an arm of protocol " + id() + " " + version()
                + "; expected one of " + armIds);
    }
}
