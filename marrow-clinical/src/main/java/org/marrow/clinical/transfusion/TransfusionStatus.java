package org.marrow.clinical.transfusion;

import java.util.List;
import java.util.Objects;
import org.marrow.clinical.finding.Finding;
import org.marrow.clinical.finding.Outcome;
import org.marrow.clinical.message.Message;

/**
 * Red cell and platelet transfusion dependence on one date.
 *
 * @param redCells whether the subject is dependent on red cell transfusions (MET = dependent)
 * @param platelets whether the subject is dependent on platelet transfusions (MET = dependent)
 */
public record TransfusionStatus(Finding redCells, Finding platelets) {

    /**
     * Checks the status.
     *
     * @throws NullPointerException if a component is null
     */
    public TransfusionStatus {
        Objects.requireNonNull(redCells, "redCells");
        Objects.requireNonNull(platelets, "platelets");
    }

    /**
     * Dependent on red cells or platelets: MET if either is, NOT_MET if neither is, else UNKNOWN.
     *
     * @return the combined finding
     */
    public Finding anyDependence() {
        return Finding.anyOf(Message.of("clinical.transfusion.any"), List.of(redCells, platelets));
    }

    /**
     * Transfusion independent: neither red cells nor platelets needed in the look-back window.
     *
     * @return MET if independent of both, NOT_MET if dependent on either, else UNKNOWN
     */
    public Outcome independence() {
        return anyDependence().outcome().not();
    }
}
