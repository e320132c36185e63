package org.marrow.study.validation;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.marrow.study.DoseUnit;
import org.marrow.study.Drug;

/**
 * The doses accepted for each drug and unit. The {@link #defaults()} refuse what no patient is given
 * (a 150000 mg cyclosporine dose, a typing slip of 150 mg; 1e308 mg); a protocol may narrow them to
 * its own regimen ({@link #narrowedBy}).
 */
@FunctionalInterface
public interface DoseLimits {

    /**
     * The range of a drug in a unit.
     *
     * @param drug the drug
     * @param unit a unit the drug is given in
     * @return the range; empty if any dose above zero is accepted
     */
    Optional<DoseRange> range(Drug drug, DoseUnit unit);

    /**
     * The plausibility bounds Marrow applies to every dose, generous on purpose: about twice the
     * highest dose a reference protocol or the drug's usual regimen gives, so that no real dose is
     * refused while a slip of a decimal point or of a unit is. Per-kilogram maxima are scaled by 200 kg
     * for absolute units. Doses are per administration or per day as recorded, so a day's total is
     * covered.
     *
     * <table>
     *   <caption>Default maximum dose (every range starts above zero)</caption>
     *   <tr><th>drug</th><th>mg</th><th>mg/kg</th><th>ug</th><th>ug/kg</th><th>source of the regimen</th></tr>
     *   <tr><td>p-atg</td><td>10000</td><td>50</td><td></td><td></td><td>25 mg/kg/d, days 1-5 (document 000)</td></tr>
     *   <tr><td>csa</td><td>2000</td><td>20</td><td></td><td></td><td>3-5 mg/kg/d (document 000);
     *       25-150 mg every 12 h (document 004)</td></tr>
     *   <tr><td>hetrombopag</td><td>50</td><td></td><td></td><td></td><td>15 mg/d, tapered to 7.5 mg
     *       (documents 000, 001)</td></tr>
     *   <tr><td>cyclophosphamide</td><td>12000</td><td>60</td><td></td><td></td><td>20 mg/kg/d, days 29-30
     *       and 43-44 (document 000); 50 mg/kg/d in high-dose regimens</td></tr>
     *   <tr><td>romiplostim</td><td>8</td><td></td><td>8000</td><td>40</td><td>10 ug/kg weekly up to 20
     *       ug/kg (document 003)</td></tr>
     *   <tr><td>sirolimus</td><td>40</td><td></td><td></td><td></td><td>1-3 mg daily (document 004);
     *       loading doses up to 15 mg</td></tr>
     *   <tr><td>g-csf</td><td></td><td></td><td>2000</td><td>20</td><td>5 ug/kg/d or a 300/480 ug vial
     *       (document 000's supportive care)</td></tr>
     *   <tr><td>posaconazole</td><td>1600</td><td></td><td></td><td></td><td>300 mg/d tablets, 200 mg
     *       three times a day suspension, loading 300 mg twice (document 000's prophylaxis)</td></tr>
     * </table>
     *
     * @return the default limits
     */
    static DoseLimits defaults() {
        return DefaultDoseLimits.LIMITS;
    }

    /**
     * Limits given as ranges, e.g. a protocol's regimen.
     *
     * @param ranges the ranges, at most one per drug and unit
     * @return the limits; a drug and unit without a range accepts any dose above zero
     * @throws IllegalArgumentException if two ranges are for the same drug and unit
     */
    static DoseLimits of(Collection<DoseRange> ranges) {
        Map<Drug, Map<DoseUnit, DoseRange>> byDrug = new EnumMap<>(Drug.class);
        for (DoseRange range : ranges) {
            if (byDrug.computeIfAbsent(range.drug(), d -> new EnumMap<>(DoseUnit.class))
                            .put(range.unit(), range)
                    != null) {
                throw new IllegalArgumentException("Two dose ranges for " + range.drug() + " in " + range.unit());
            }
        }
        return (drug, unit) ->
                Optional.ofNullable(byDrug.getOrDefault(drug, Map.of()).get(unit));
    }

    /**
     * These limits narrowed by others: a dose must be in both ranges.
     *
     * @param other the narrower limits, e.g. a protocol's
     * @return the limits of both
     * @throws IllegalArgumentException from {@link #range} if two ranges of a drug and unit do not
     *     overlap
     */
    default DoseLimits narrowedBy(DoseLimits other) {
        DoseLimits self = this;
        return (drug, unit) -> {
            Optional<DoseRange> mine = self.range(drug, unit);
            Optional<DoseRange> theirs = other.range(drug, unit);
            if (mine.isEmpty()) {
                return theirs;
            }
            return theirs.isEmpty() ? mine : Optional.of(mine.get().narrowedBy(theirs.get()));
        };
    }
}
