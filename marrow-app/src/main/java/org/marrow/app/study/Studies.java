package org.marrow.app.study;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.marrow.app.audit.AuditTrail;
import org.marrow.app.web.BadValueException;
import org.marrow.app.web.ConflictException;
import org.marrow.app.web.NotFoundException;
import org.marrow.clinical.response.CriteriaSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Studies and sites. Every user may list them; only an admin creates them. */
@Service
public class Studies {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Studies(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Every study, by id.
     *
     * @return the studies
     */
    @Transactional(readOnly = true)
    public List<Study> studies() {
        return jdbc.sql("SELECT * FROM study ORDER BY id").query(Study.class).list();
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
        return jdbc.sql("SELECT * FROM study WHERE id = ?")
                .param(id)
                .query(Study.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("study " + id));
    }

    /**
     * Creates a study.
     *
     * @param code the code
     * @param title the title
     * @param protocolId the protocol id
     * @param protocolVersion the protocol version
     * @param criteriaSet the response criteria set code
     * @return the study
     * @throws BadValueException if a value breaks its rule
     * @throws ConflictException if the code is taken
     */
    @Transactional
    public Study create(String code, String title, String protocolId, String protocolVersion, String criteriaSet) {
        requireCode("code", code);
        requireText("title", title);
        requireText("protocol_id", protocolId);
        requireText("protocol_version", protocolVersion);
        try {
            CriteriaSet.fromCode(criteriaSet == null ? "" : criteriaSet);
        } catch (IllegalArgumentException e) {
            throw BadValueException.of("criteria_set", criteriaSet, "one of five-tier, standard, lineage");
        }
        if (jdbc.sql("SELECT count(*) FROM study WHERE code = ?")
                        .param(code)
                        .query(Long.class)
                        .single()
                > 0) {
            throw new ConflictException("Study code '" + code + "' is taken");
        }
        long id = jdbc.sql("INSERT INTO study (code, title, protocol_id, protocol_version, criteria_set)"
                        + " VALUES (?, ?, ?, ?, ?) RETURNING id")
                .params(code, title, protocolId, protocolVersion, criteriaSet)
                .query(Long.class)
                .single();
        Study study = study(id);
        audit.inserted("study", id, study, null);
        return study;
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
            throw new ConflictException("Site code '" + code + "' is taken");
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
