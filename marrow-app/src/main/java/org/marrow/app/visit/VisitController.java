package org.marrow.app.visit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marrow.app.assessment.Assessments;
import org.marrow.app.assessment.SubjectAssessment;
import org.marrow.app.record.RecordKind;
import org.marrow.app.record.SourceRecords;
import org.marrow.app.security.Caller;
import org.marrow.app.web.BadValueException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/subjects/{id}/visits}: saves a visit, the labs of one subject on one date, in one
 * transaction (each lab checked and audited; all or nothing) and answers with the stored labs and the
 * assessment re-derived for that date.
 */
@RestController
class VisitController {
    private final Visits visits;

    VisitController(Visits visits) {
        this.visits = visits;
    }

    @PostMapping("/api/subjects/{id}/visits")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('INVESTIGATOR','COORDINATOR')")
    Visits.SavedVisit save(@PathVariable long id, @RequestBody JsonNode body) {
        return visits.save(id, body, Caller.current());
    }

    /** The visit's body in the OpenAPI document: the fields {@link Visits#FIELDS} reads. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class VisitSchema {
        @org.springframework.context.annotation.Bean
        org.springdoc.core.customizers.OpenApiCustomizer visitBody() {
            return openApi -> {
                if (openApi.getPaths() == null || openApi.getPaths().get("/api/subjects/{id}/visits") == null) {
                    return;
                }
                var post = openApi.getPaths().get("/api/subjects/{id}/visits").getPost();
                if (post != null) {
                    post.setRequestBody(new io.swagger.v3.oas.models.parameters.RequestBody()
                            .required(true)
                            .content(new io.swagger.v3.oas.models.media.Content()
                                    .addMediaType(
                                            "application/json",
                                            new io.swagger.v3.oas.models.media.MediaType().schema(schema()))));
                }
            };
        }
    }

    private static io.swagger.v3.oas.models.media.Schema<?> schema() {
        var body = org.marrow.app.web.OpenApiSchemas.closed(Visits.FIELDS);
        body.getProperties()
                .put(
                        "labs",
                        new io.swagger.v3.oas.models.media.ArraySchema()
                                .items(org.marrow.app.web.OpenApiSchemas.closed(
                                        RecordKind.LABS.requestFields(false, false))));
        return body;
    }

    /** The service behind the endpoint. */
    @Service
    static class Visits {
        static final int MAX_LABS = 50;

        /** The fields of a visit's body; each lab has the fields of a lab entry without its own reason. */
        static final List<String> FIELDS = List.of("date", "labs", "reason");

        private final SourceRecords records;
        private final Assessments assessments;

        Visits(SourceRecords records, Assessments assessments) {
            this.records = records;
            this.assessments = assessments;
        }

        /**
         * A saved visit.
         *
         * @param subjectId the subject
         * @param date the visit date
         * @param labs the labs as stored (with ids and versions)
         * @param assessment the assessment on the visit date, derived after the save
         */
        record SavedVisit(
                long subjectId, LocalDate date, List<Map<String, Object>> labs, SubjectAssessment.Visit assessment) {}

        @Transactional
        SavedVisit save(long subjectId, JsonNode body, Caller caller) {
            if (body == null || !body.isObject()) {
                throw BadValueException.of("body", body, "a JSON object with date and labs");
            }
            for (Map.Entry<String, JsonNode> e : body.properties()) {
                if (!FIELDS.contains(e.getKey())) {
                    throw BadValueException.of(
                            e.getKey(), null, "no field of this name; the fields are " + String.join(", ", FIELDS));
                }
            }
            JsonNode dateNode = body.get("date");
            LocalDate date;
            try {
                date = LocalDate.parse(dateNode == null || !dateNode.isString() ? "" : dateNode.stringValue());
            } catch (java.time.format.DateTimeParseException e) {
                throw BadValueException.of("date", dateNode == null ? null : dateNode.toString(), "a date YYYY-MM-DD");
            }
            JsonNode labs = body.get("labs");
            if (labs == null || !labs.isArray() || labs.isEmpty() || labs.size() > MAX_LABS) {
                throw BadValueException.of(
                        "labs", labs == null ? null : labs.toString(), "an array of 1 to " + MAX_LABS + " labs");
            }
            JsonNode reasonNode = body.get("reason");
            String reason = reasonNode == null || !reasonNode.isString() ? null : reasonNode.stringValue();
            List<JsonNode> bodies = new ArrayList<>(labs.size());
            for (int i = 0; i < labs.size(); i++) {
                JsonNode lab = labs.get(i);
                if (!lab.isObject()) {
                    throw BadValueException.of("labs[" + i + "]", lab.toString(), "a JSON object (test, value, unit)");
                }
                if (lab.has("date") && !date.toString().equals(lab.get("date").asString())) {
                    throw BadValueException.of(
                            "labs[" + i + "].date", lab.get("date").toString(), "the visit date " + date + " or none");
                }
                ObjectNode withDate = ((ObjectNode) lab).deepCopy();
                withDate.put("date", date.toString());
                bodies.add(withDate);
            }
            List<Map<String, Object>> stored =
                    records.createAll(subjectId, RecordKind.LABS, "labs", bodies, reason, caller);
            return new SavedVisit(subjectId, date, stored, assessments.assessOn(subjectId, date, caller));
        }
    }
}
