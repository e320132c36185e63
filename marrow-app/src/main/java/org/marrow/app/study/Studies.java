package org.marrow.app.study;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.marrow.app.audit.AuditTrail;
import org.marrow.app.protocol.ProtocolLibrary;
import org.marrow.app.web.BadValueException;
import org.marrow.app.web.ConflictException;
import org.marrow.app.web.NotFoundException;
import org.marrow.clinical.response.CriteriaSet;
import org.marrow.protocol.Protocol;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Studies and sites. Every user may list them; only an admin creates them. */
@Service
public class Studies {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private static final String SELECT =
            "SELECT id, code, title, protocol_id, protocol_version, legacy_criteria_set, version FROM study";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ProtocolLibrary protocols;

    Studies(JdbcClient jdbc, AuditTrail audit, ProtocolLibrary protocols) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.protocols = protocols;
    }

    /**
     * Every study, by id.
     *
     * @return the studies
     */
    @Transactional(readOnly = true)
    public List<Study> studies() {
        return jdbc.sql(SELECT + " ORDER BY id").query(this::mapStudy).list();
    }

    /**
     * A study.
     *
     * @param id the id
     * @return the study
     * @throws NotFoundException if there is none
     */
    @Transactional(readOnly = true)
    public Study study(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?")
                .param(id)
                .query(this::mapStudy)
                .optional()
                .orElseThrow(() -> new NotFoundException("study " + id, id));
    }

    /**
     * The protocol a study is bound to.
     *
     * @param study the study
     * @return the protocol
     * @throws ConflictException if the study's protocol is no longer known (a study created before
     *     studies were bound to protocols, with an id that is not bundled)
     */
    public Protocol protocol(Study study) {
        return protocols
                .find(study.protocolId(), study.protocolVersion())
                .orElseThrow(() -> new ConflictException("Study " + study.code() + " is bound to protocol '"
                        + study.protocolId() + "' version " + study.protocolVersion()
                        + ", which this server does not know; expected one of "
                        + String.join(", ", protocols.known())));
    }

    private Study mapStudy(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String protocolId = rs.getString("protocol_id");
        String protocolVersion = rs.getString("protocol_version");
        String criteriaSet = protocols
                .find(protocolId, protocolVersion)
                .map(p -> p.response().criteria().code())
                .orElse(rs.getString("legacy_criteria_set"));
        return new Study(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("title"),
                protocolId,
                protocolVersion,
                criteriaSet,
                rs.getInt("version"));
    }

    /**
     * Creates a study bound to a protocol version. Its response criteria set, arms and randomization are
     * the protocol's.
     *
     * @param code the code
     * @param title the title
     * @param protocolId the protocol id (bundled, or in {@code marrow.protocol-dir})
     * @param protocolVersion the protocol version
     * @param criteriaSet null, or the protocol's response criteria set code (kept for clients of the
     *     first API, where it was chosen per study)
     * @return the study
     * @throws BadValueException if a value breaks its rule, the protocol is unknown, the criteria set is
     *     not the protocol's, or the protocol stratifies by a factor the application cannot fill in
     * @throws ConflictException if the code is taken
     */
    @Transactional
    public Study create(String code, String title, String protocolId, String protocolVersion, String criteriaSet) {
        requireCode("code", code);
        requireText("title", title);
        requireText("protocol_id", protocolId);
        requireText("protocol_version", protocolVersion);
        Protocol protocol = protocols
                .find(protocolId, protocolVersion)
                .orElseThrow(() -> BadValueException.of(
                        "protocol_id",
                        protocolId + " " + protocolVersion,
                        "a known protocol id and version: " + String.join(", ", protocols.known())));
        String own = protocol.response().criteria().code();
        if (criteriaSet != null && !criteriaSet.isBlank() && !criteriaSet.equals(own)) {
            try {
                CriteriaSet.fromCode(criteriaSet);
            } catch (IllegalArgumentException e) {
                throw BadValueException.of("criteria_set", criteriaSet, "one of five-tier, standard, lineage");
            }
            throw BadValueException.of(
                    "criteria_set",
                    criteriaSet,
                    "the criteria set of protocol " + protocolId + " " + protocolVersion + " (" + own
                            + "), or no criteria_set");
        }
        protocol.design().randomization().ifPresent(r -> {
            for (String factor : r.stratifyBy()) {
                if (!ProtocolLibrary.STRATIFICATION_FACTORS.contains(factor)) {
                    throw BadValueException.of(
                            "protocol_id",
                            protocolId + " " + protocolVersion,
                            "a protocol stratified only by " + ProtocolLibrary.STRATIFICATION_FACTORS
                                    + " (it stratifies by '" + factor + "')");
                }
            }
        });
        if (jdbc.sql("SELECT count(*) FROM study WHERE code = ?")
                        .param(code)
                        .query(Long.class)
                        .single()
                > 0) {
            throw new ConflictException("code", code, "Study code '" + code + "' is taken");
        }
        long id = jdbc.sql("INSERT INTO study (code, title, protocol_id, protocol_version)"
                        + " VALUES (?, ?, ?, ?) RETURNING id")
                .params(code, title, protocolId, protocolVersion)
                .query(Long.class)
                .single();
        Study study = study(id);
        audit.inserted("study", id, study, null);
        return study;
    }

    /**
     * Creates a study bound to a protocol version.
     *
     * @param code the code
     * @param title the title
     * @param protocolId the protocol id
     * @param protocolVersion the protocol version
     * @return the study
     * @throws BadValueException if a value breaks its rule or the protocol is unknown
     * @throws ConflictException if the code is taken
     */
    @Transactional
    public Study create(String code, String title, String protocolId, String protocolVersion) {
        return create(code, title, protocolId, protocolVersion, null);
    }

    /**
     * Every site, by id.
     *
     * @return the sites
     */
    @Transactional(readOnly = true)
    public List<Site> sites() {
        return jdbc.sql("SELECT * FROM site ORDER BY id").query(Site.class).list();
    }

    /**
     * The site with a code.
     *
     * @param code the code
     * @return the site, if any
     */
    @Transactional(readOnly = true)
    public Optional<Site> siteByCode(String code) {
        return jdbc.sql("SELECT * FROM site WHERE code = ?")
                .param(code)
                .query(Site.class)
                .optional();
    }

    /**
     * Creates a site.
     *
     * @param code the code
     * @param name the name
     * @return the site
     * @throws BadValueException if a value breaks its rule
     * @throws ConflictException if the code is taken
     */
    @Transactional
    public Site createSite(String code, String name) {
        requireCode("code", code);
        requireText("name", name);
        if (siteByCode(code).isPresent()) {
            throw new ConflictException("code", code, "Site code '" + code + "' is taken");
        }
        long id = jdbc.sql("INSERT INTO site (code, name) VALUES (?, ?) RETURNING id")
                .params(code, name)
                .query(Long.class)
                .single();
        Site site = jdbc.sql("SELECT * FROM site WHERE id = ?")
                .param(id)
                .query(Site.class)
                .single();
        audit.inserted("site", id, site, null);
        return site;
    }

    /**
     * Records the data set files a study has even when empty, so an export writes them back.
     *
     * @param studyId the study
     * @param files the file names, comma-separated
     */
    @Transactional
    public void setDatasetFiles(long studyId, String files) {
        jdbc.sql("UPDATE study SET dataset_files = ? WHERE id = ?")
                .params(files, studyId)
                .update();
    }

    /**
     * The data set files a study has even when empty.
     *
     * @param studyId the study
     * @return the file names, comma-separated
     */
    @Transactional(readOnly = true)
    public String datasetFiles(long studyId) {
        return jdbc.sql("SELECT dataset_files FROM study WHERE id = ?")
                .param(studyId)
                .query(String.class)
                .single();
    }

    private static void requireCode(String field, String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw BadValueException.of(field, code, "1 to 64 letters, digits, '.', '_' or '-'");
        }
    }

    private static void requireText(String field, String text) {
        if (text == null || text.isBlank()) {
            throw BadValueException.of(field, text, "a non-blank text");
        }
    }
}
