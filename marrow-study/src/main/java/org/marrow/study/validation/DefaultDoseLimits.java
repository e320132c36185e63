package org.marrow.study.validation;

import java.util.List;
import org.marrow.study.DoseUnit;
import org.marrow.study.Drug;

/** The table of {@link DoseLimits#defaults()}, where its sources are given. */
final class DefaultDoseLimits {
    static final DoseLimits LIMITS = DoseLimits.of(List.of(
            DoseRange.upTo(Drug.P_ATG, DoseUnit.MG, "10000"),
            DoseRange.upTo(Drug.P_ATG, DoseUnit.MG_PER_KG, "50"),
            DoseRange.upTo(Drug.CSA, DoseUnit.MG, "2000"),
            DoseRange.upTo(Drug.CSA, DoseUnit.MG_PER_KG, "20"),
            DoseRange.upTo(Drug.HETROMBOPAG, DoseUnit.MG, "50"),
            DoseRange.upTo(Drug.CYCLOPHOSPHAMIDE, DoseUnit.MG, "12000"),
            DoseRange.upTo(Drug.CYCLOPHOSPHAMIDE, DoseUnit.MG_PER_KG, "60"),
            DoseRange.upTo(Drug.ROMIPLOSTIM, DoseUnit.MG, "8"),
            DoseRange.upTo(Drug.ROMIPLOSTIM, DoseUnit.UG, "8000"),
            DoseRange.upTo(Drug.ROMIPLOSTIM, DoseUnit.UG_PER_KG, "40"),
            DoseRange.upTo(Drug.SIROLIMUS, DoseUnit.MG, "40"),
            DoseRange.upTo(Drug.G_CSF, DoseUnit.UG, "2000"),
            DoseRange.upTo(Drug.G_CSF, DoseUnit.UG_PER_KG, "20"),
            DoseRange.upTo(Drug.POSACONAZOLE, DoseUnit.MG, "1600")));

    private DefaultDoseLimits() {}
}
