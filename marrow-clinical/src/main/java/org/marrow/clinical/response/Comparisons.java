package org.marrow.clinical.response;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marrow.clinical.finding.Evidence;
import org.marrow.clinical.finding.Finding;
import org.marrow.clinical.finding.Outcome;
import org.marrow.clinical.labs.LabResult;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.quantity.LabTest;

/** Comparisons of a current count with its baseline value. */
final class Comparisons {
    private Comparisons() {}

    /** A value now and why it may be missing. */
    record Current(LabTest test, Optional<LabResult> result, Message missing) {}

    /** {@code now - baseline > rise} (strict) or {@code >= rise} (not strict). */
    static Finding rise(Current now, Baseline baseline, BigDecimal rise, boolean strict) {
        LabTest test = now.test();
        Message criterion = Message.of(
                strict ? "clinical.response.riseAbove" : "clinical.response.riseAtLeast",
                rise,
                test.canonicalUnit().symbol());
        Message rule = Message.of("clinical.response.compared", test.code(), criterion);
        Optional<LabResult> base = baseline.count(test);
        if (now.result().isEmpty() || base.isEmpty()) {
            return missing(rule, now, baseline);
        }
        BigDecimal difference = amount(now.result().get()).subtract(amount(base.get()));
        int c = difference.compareTo(rise);
        boolean holds = strict ? c > 0 : c >= 0;
        return Finding.of(
                rule,
                Outcome.of(holds),
                Message.of(
                        holds ? "clinical.response.riseMeets" : "clinical.response.riseFails",
                        test.code(),
                        amount(now.result().get()),
                        now.result().get().date(),
                        amount(base.get()),
                        base.get().date(),
                        difference,
                        criterion),
                evidence(now.result().get(), base.get(), criterion));
    }

    /** {@code now >= factor x baseline} and {@code now > baseline}. */
    static Finding multiple(Current now, Baseline baseline, BigDecimal factor) {
        LabTest test = now.test();
        Message criterion = Message.of("clinical.response.multiple", factor);
        Message rule = Message.of("clinical.response.compared", test.code(), criterion);
        Optional<LabResult> base = baseline.count(test);
        if (now.result().isEmpty() || base.isEmpty()) {
            return missing(rule, now, baseline);
        }
        BigDecimal current = amount(now.result().get());
        BigDecimal before = amount(base.get());
        boolean holds = current.compareTo(before.multiply(factor)) >= 0 && current.compareTo(before) > 0;
        return Finding.of(
                rule,
                Outcome.of(holds),
                Message.of(
                        holds ? "clinical.response.multipleMeets" : "clinical.response.multipleFails",
                        test.code(),
                        current,
                        now.result().get().date(),
                        before,
                        base.get().date(),
                        criterion),
                evidence(now.result().get(), base.get(), criterion));
    }

    /** The baseline value is below a limit (a condition of some lineage criteria). */
    static Finding baselineBelow(LabTest test, Baseline baseline, BigDecimal limit) {
        String unit = test.canonicalUnit().symbol();
        Message criterion = Message.of("clinical.response.belowAtBaseline", limit, unit);
        Message rule = Message.of("clinical.response.baselineRule", test.code(), criterion);
        Optional<LabResult> base = baseline.count(test);
        if (base.isEmpty()) {
            return Finding.unknown(rule, baseline.whyMissing(test));
        }
        boolean holds = amount(base.get()).compareTo(limit) < 0;
        return Finding.of(
                rule,
                Outcome.of(holds),
                Message.of(
                        holds ? "clinical.response.baselineIsBelow" : "clinical.response.baselineIsNotBelow",
                        base.get().value(),
                        base.get().date(),
                        limit,
                        unit),
                List.of(new Evidence(
                        Message.of("clinical.evidence.baseline", test.code()),
                        base.get().date(),
                        amount(base.get()),
                        unit,
                        criterion)));
    }

    private static Finding missing(Message rule, Current now, Baseline baseline) {
        List<Message> missing = new ArrayList<>();
        if (now.result().isEmpty()) {
            missing.add(now.missing());
        }
        if (baseline.count(now.test()).isEmpty()) {
            missing.add(baseline.whyMissing(now.test()));
        }
        return Finding.unknown(rule, List.of(), missing);
    }

    private static List<Evidence> evidence(LabResult now, LabResult base, Message criterion) {
        String unit = now.test().canonicalUnit().symbol();
        return List.of(
                new Evidence(
                        Message.of("clinical.evidence.test", now.test().code()),
                        now.date(),
                        amount(now),
                        unit,
                        criterion),
                new Evidence(
                        Message.of("clinical.evidence.baseline", base.test().code()),
                        base.date(),
                        amount(base),
                        unit,
                        criterion));
    }

    private static BigDecimal amount(LabResult result) {
        return result.value().inCanonicalUnit().amount();
    }
}
