package org.marrow.protocol;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.ReferenceRange;
import org.marrow.protocol.dose.DoseRule;
import org.marrow.protocol.model.Arm;
import org.marrow.study.Drug;

/**
 * What the sections of one protocol file read so far declare, for the later sections that refer to
 * it: arms (regimens, dose rules, design), reference ranges (ULN multiples), history items
 * (history criteria), dose rules (regimens' {@code titrated_by}), the regimens' drugs (toxicity windows counted from
 * a drug's first dose) and visit names (response
 * timepoints, endpoints). The sections are read in file order, so a reference is checked against
 * what precedes it.
 */
final class Declarations {
    final Map<String, Arm> arms = new LinkedHashMap<>();
    final Map<String, String> historyItems = new LinkedHashMap<>();
    final Map<LabTest, ReferenceRange> referenceRanges = new EnumMap<>(LabTest.class);
    final Map<String, DoseRule> doseRules = new LinkedHashMap<>();
    final Set<String> visitNames = new HashSet<>();
    final Set<Drug> regimenDrugs = java.util.EnumSet.noneOf(Drug.class);
}
