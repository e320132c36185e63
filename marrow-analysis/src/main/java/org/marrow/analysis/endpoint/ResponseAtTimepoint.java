package org.marrow.analysis.endpoint;

/**
 * Response rates at one protocol timepoint, as {@code results.json} lists them under {@code
 * "response"}.
 *
 * @param timepoint the short label, for example {@code "M3"} for visit {@code month-3}
 * @param visit the protocol's visit name
 * @param targetDay the visit's target study day
 * @param windowStart the first study day of the window
 * @param windowEnd the last study day of the window
 * @param population the population (written {@code "ITT"} or {@code "per-protocol"})
 * @param n the denominator: in ITT every treated subject whose window has closed (or who left the
 *     study before its end); per protocol, the per-protocol subjects assessed at the timepoint
 * @param assessed subjects with a category
 * @param notAssessable subjects counted in n without a category (non-responders in ITT)
 * @param notYetDue subjects whose window was still open at the cut-off (not in n)
 * @param orr overall response (CR, VGPR, GPR, PR; or the criteria set's response)
 * @param cr complete response
 * @param superior superior response (CR, VGPR, GPR)
 * @param categories subjects per category (CR, VGPR, GPR, PR, NR), not assessable and not yet due
 */
public record ResponseAtTimepoint(
        String timepoint,
        String visit,
        int targetDay,
        int windowStart,
        int windowEnd,
        Population population,
        int n,
        int assessed,
        int notAssessable,
        int notYetDue,
        Proportion orr,
        Proportion cr,
        Proportion superior,
        CategoryCounts categories) {}
