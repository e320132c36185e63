package org.marrow.clinical.karyotype;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.marrow.clinical.finding.Evidence;
import org.marrow.clinical.finding.Finding;
import org.marrow.clinical.finding.Outcome;
import org.marrow.clinical.message.Message;

/**
 * "The presence of clonal karyotypic abnormalities (del(20q), +8 and -Y are not included in this
 * category)" (document 002, exclusion criteria, l.133): MET when the karyotype shows a clonal acquired
 * abnormality (ISCN 2020 clonality, {@link AbnormalityCount#clonal()}) that is none of the exceptions;
 * NOT_MET when it shows none (a normal karyotype, only excepted abnormalities, or abnormalities in too
 * few cells to be a clone); UNKNOWN when there is no karyotype or it cannot be read. The evidence names
 * each abnormality with its cells; the reason says which made the decision.
 *
 * <p>An exception matches by {@link Abnormality#matches}: {@code del(20q)} covers every deletion of
 * the long arm of chromosome 20 ({@code del(20)(q11.2)}, {@code del(20)(q11.2q13.3)}), {@code +8} the
 * gain of chromosome 8, {@code -Y} the loss of Y.
 */
public final class ClonalAbnormalityRule {
    private static final List<String> DOCUMENT_002 = List.of("del(20q)", "+8", "-Y");

    private final List<Abnormality> exceptions;

    private ClonalAbnormalityRule(List<Abnormality> exceptions) {
        this.exceptions = List.copyOf(exceptions);
    }

    /**
     * The rule with its exceptions written in ISCN.
     *
     * @param exceptions the abnormalities not counted, e.g. {@code del(20q)}, {@code +8}, {@code -Y}
     * @return the rule
     * @throws NullPointerException if exceptions or an element is null
     * @throws UnreadableKaryotypeException if an exception is not an ISCN abnormality
     */
    public static ClonalAbnormalityRule except(List<String> exceptions) {
        List<Abnormality> parsed = new ArrayList<>();
        for (String e : exceptions) {
            parsed.add(Karyotype.abnormality(e));
        }
        return new ClonalAbnormalityRule(parsed);
    }

    /**
     * Document 002's rule: del(20q), +8 and -Y are not counted.
     *
     * @return the rule
     */
    public static ClonalAbnormalityRule document002() {
        return except(DOCUMENT_002);
    }

    /**
     * The abnormalities not counted.
     *
     * @return the exceptions, as read
     */
    public List<Abnormality> exceptions() {
        return exceptions;
    }

    /**
     * The rule's name, e.g. "clonal karyotypic abnormality other than del(20q), +8, -Y".
     *
     * @return the name
     */
    public Message name() {
        return Message.of(
                "clinical.karyotype.rule",
                exceptions.stream().map(Abnormality::text).toList());
    }

    /**
     * Decides the rule for a karyotype.
     *
     * @param karyotype the karyotype as recorded (ISCN), or null when none is recorded
     * @param date the date of the karyotype, or null if not known
     * @return MET, NOT_MET, or UNKNOWN (no karyotype, or unreadable: the reason says where and why)
     */
    public Finding evaluate(String karyotype, LocalDate date) {
        if (karyotype == null) {
            return Finding.unknown(name(), Message.of("clinical.karyotype.none"));
        }
        Karyotype k;
        try {
            k = Karyotype.parse(karyotype);
        } catch (UnreadableKaryotypeException e) {
            return Finding.unknown(name(), Message.of("clinical.karyotype.unreadable", karyotype.trim(), e.reason()));
        }
        List<Evidence> evidence = new ArrayList<>();
        List<String> counted = new ArrayList<>();
        List<String> excepted = new ArrayList<>();
        List<String> notClonal = new ArrayList<>();
        for (AbnormalityCount a : k.abnormalities()) {
            boolean exception = exceptions.stream().anyMatch(a.abnormality()::matches);
            Message criterion;
            if (!a.clonal()) {
                notClonal.add(a.abnormality().text());
                criterion = a.abnormality().constitutional()
                        ? Message.of("clinical.karyotype.constitutional")
                        : Message.of(
                                "clinical.karyotype.tooFewCells",
                                a.abnormality().kind().cellsForClone());
            } else if (exception) {
                excepted.add(a.abnormality().text());
                criterion = Message.of("clinical.karyotype.excepted");
            } else {
                counted.add(a.abnormality().text());
                criterion = Message.of(
                        "clinical.karyotype.clonal", a.abnormality().kind().cellsForClone());
            }
            evidence.add(new Evidence(
                    Message.of("clinical.karyotype.item", a.abnormality().text(), k.text()),
                    date,
                    a.cells().isPresent() ? BigDecimal.valueOf(a.cells().getAsInt()) : null,
                    "",
                    criterion));
        }
        if (!counted.isEmpty()) {
            return Finding.of(name(), Outcome.MET, Message.of("clinical.karyotype.met", k.text(), counted), evidence);
        }
        Message reason;
        if (k.abnormalities().isEmpty()) {
            reason = Message.of("clinical.karyotype.normal", k.text());
        } else {
            List<Message> why = new ArrayList<>();
            if (!excepted.isEmpty()) {
                why.add(Message.of("clinical.karyotype.onlyExcepted", excepted));
            }
            if (!notClonal.isEmpty()) {
                why.add(Message.of("clinical.karyotype.notClonal", notClonal));
            }
            reason = Message.of("clinical.karyotype.notMet", k.text(), Message.joined(why));
        }
        return Finding.of(name(), Outcome.NOT_MET, reason, evidence);
    }

    /** The rule's exceptions, for logs and test failures. */
    @Override
    public String toString() {
        return "ClonalAbnormalityRule"
                + exceptions.stream().map(Abnormality::text).toList();
    }

    /** Equal when the exceptions are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ClonalAbnormalityRule other && exceptions.equals(other.exceptions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(exceptions);
    }
}
