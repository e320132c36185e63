package org.marrow.protocol.model;

import java.util.List;
import java.util.Objects;

/**
 * Who the protocol is: its id and version (a study binds to one version), registry ids, title,
 * phase, the source document and the sites.
 *
 * @param id the protocol id, e.g. {@code ctx-ist}
 * @param version the version, e.g. {@code 1.0}
 * @param title the trial's title
 * @param phase the clinical phase
 * @param registryIds registry identifiers (ClinicalTrials.gov, ChiCTR, ethics or sponsor ids)
 * @param document the source document the protocol transcribes, empty if none
 * @param sites the enrolling sites
 */
public record Identity(
        String id,
        String version,
        String title,
        Phase phase,
        List<String> registryIds,
        String document,
        List<Site> sites) {

    /**
     * Checks and copies the identity.
     *
     * @throws NullPointerException if a component is null
     */
    public Identity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(document, "document");
        registryIds = List.copyOf(registryIds);
        sites = List.copyOf(sites);
    }
}
