package org.marrow.clinical.response;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marrow.clinical.finding.Evidence;
import org.marrow.clinical.finding.Finding;
import org.marrow.clinical.finding.Outcome;
import org.marrow.clinical.labs.LabResult;
import org.marrow.clinical.quantity.LabTest;

/** Comparisons of a current count with its baseline value. */
final class Comparisons {
    private Comparisons() {}

    /** A value now and why it may be missing. */
    record Current(LabTest test, Optional<LabResult> result, String missing) {}

    /** {@code now - baseline > rise} (strict) or {@code >= rise} (not strict). */
    static Finding rise(Current now, Baseline baseline, BigDecimal rise, boolean strict) {
        LabTest test = now.test();
        String criterion = "rise over baseline " + (strict ? "> " : ">= ") + plain(rise) + " "
                + test.canonicalUnit().symbol();
        String rule = test.code() + " " + criterion;
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
                test.code() + " " + plain(amount(now.result().get())) + " on "
                        + now.result().get().date() + " vs "
                        + plain(amount(base.get())) + " at baseline "
                        + base.get().date() + ": rise "
                        + plain(difference) + (holds ? " meets " : " does not meet ") + criterion,
                evidence(now.result().get(), base.get(), criterion));
    }

    /** {@code now >= factor x baseline} and {@code now > baseline}. */
    static Finding multiple(Current now, Baseline baseline, BigDecimal factor) {
        LabTest test = now.test();
        String criterion = ">= " + plain(factor) + " x baseline and above it";
        String rule = test.code() + " " + criterion;
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
                test.code() + " " + plain(current) + " on " + now.result().get().date() + " vs " + plain(before)
                        + " at baseline " + base.get().date() + (holds ? " meets " : " does not meet ") + criterion,
                evidence(now.result().get(), base.get(), criterion));
    }

    /** The baseline value is below a limit (a condition of some lineage criteria). */
    static Finding baselineBelow(LabTest test, Baseline baseline, BigDecimal limit) {
        String criterion = "< " + plain(limit) + " " + test.canonicalUnit().symbol() + " at baseline";
        String rule = "baseline " + test.code() + " " + criterion;
        Optional<LabResult> base = baseline.count(test);
        if (base.isEmpty()) {
            return Finding.unknown(rule, baseline.whyMissing(test));
        }
        boolean holds = amount(base.get()).compareTo(limit) < 0;
        return Finding.of(
                rule,
                Outcome.of(holds),
                "baseline " + base.get().value() + " on " + base.get().date() + (holds ? " is " : " is not ") + "< "
                        + plain(limit) + " " + test.canonicalUnit().symbol(),
                List.of(new Evidence(
                        "baseline " + test.code(),
                        base.get().date(),
                        amount(base.get()),
                        test.canonicalUnit().symbol(),
                        criterion)));
    }

    private static Finding missing(String rule, Current now, Baseline baseline) {
        List<String> missing = new ArrayList<>();
        if (now.result().isEmpty()) {
            missing.add(now.missing());
        }
        if (baseline.count(now.test()).isEmpty()) {
            missing.add(baseline.whyMissing(now.test()));
        }
        return new Finding(
                rule, Outcome.UNKNOWN, List.of(), missing, rule + ": unknown, " + String.join("; ", missing));
    }

    private static List<Evidence> evidence(LabResult now, LabResult base, String criterion) {
        String unit = now.test().canonicalUnit().symbol();
        return List.of(
                new Evidence(now.test().code(), now.date(), amount(now), unit, criterion),
                new Evidence("baseline " + base.test().code(), base.date(), amount(base), unit, criterion));
    }

    private static BigDecimal amount(LabResult result) {
        return result.value().inCanonicalUnit().amount();
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
