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
 * {@code POST /api/subjects/{id}/visits}: saves a visit, the labs, transfusions, doses and adverse events of
 * one subject on one date, in one transaction (each record checked and audited; every problem of every record
 * reported at once; all or nothing) and answers with the stored records and the assessment re-derived for
 * that date.
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
        for (Visits.Part part : Visits.PARTS) {
            body.getProperties()
                    .put(
                            part.field(),
                            new io.swagger.v3.oas.models.media.ArraySchema()
                                    .items(org.marrow.app.web.OpenApiSchemas.closed(
                                            part.kind().requestFields(false, false))));
        }
        return body;
    }

    /** The service behind the endpoint. */
    @Service
    static class Visits {
        static final int MAX_RECORDS = 50;

        /**
         * A list of a visit's body: its field and the kind of its records.
         *
         * @param field the body's field, e.g. {@code labs}
         * @param kind the kind of record it lists
         * @param dateField the record's date field that the visit date fills when absent
         */
        record Part(String field, RecordKind kind, String dateField) {}

        /** The lists of a visit's body, in the order they are stored. */
        static final List<Part> PARTS = List.of(
                new Part("labs", RecordKind.LABS, "date"),
                new Part("transfusions", RecordKind.TRANSFUSIONS, "date"),
                new Part("doses", RecordKind.DOSES, "date"),
                new Part("adverse_events", RecordKind.ADVERSE_EVENTS, "start_date"));

        /** The fields of a visit's body; each record has the fields of its kind's entry without its own reason. */
        static final List<String> FIELDS = List.of("date", "labs", "transfusions", "doses", "adverse_events", "reason");

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
         * @param transfusions the transfusions as stored
         * @param doses the doses as stored
         * @param adverseEvents the adverse events as stored
         * @param assessment the assessment on the visit date, derived after the save
         */
        record SavedVisit(
                long subjectId,
                LocalDate date,
                List<Map<String, Object>> labs,
                List<Map<String, Object>> transfusions,
                List<Map<String, Object>> doses,
                List<Map<String, Object>> adverseEvents,
                SubjectAssessment.Visit assessment) {}

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
            JsonNode reasonNode = body.get("reason");
            String reason = reasonNode == null || !reasonNode.isString() ? null : reasonNode.stringValue();
            List<SourceRecords.Part> parts = new ArrayList<>();
            int count = 0;
            for (Part part : PARTS) {
                JsonNode list = body.get(part.field());
                if (list == null || list.isNull()) {
                    continue;
                }
                if (!list.isArray() || list.size() > MAX_RECORDS) {
                    throw BadValueException.of(
                            part.field(), list.toString(), "an array of at most " + MAX_RECORDS + " records");
                }
                for (int i = 0; i < list.size(); i++) {
                    JsonNode record = list.get(i);
                    String at = part.field() + "[" + i + "]";
                    if (!record.isObject()) {
                        throw BadValueException.of(at, record.toString(), "a JSON object (a record of the visit)");
                    }
                    if (record.has(part.dateField())
                            && !date.toString()
                                    .equals(record.get(part.dateField()).asString())) {
                        throw BadValueException.of(
                                at + "." + part.dateField(),
                                record.get(part.dateField()).toString(),
                                "the visit date " + date + " or none");
                    }
                    ObjectNode withDate = ((ObjectNode) record).deepCopy();
                    withDate.put(part.dateField(), date.toString());
                    parts.add(new SourceRecords.Part(part.kind(), withDate, f -> at + "." + f));
                    count++;
                }
            }
            if (count == 0 || count > MAX_RECORDS) {
                throw BadValueException.of(
                        "labs",
                        null,
                        "1 to " + MAX_RECORDS + " records in labs, transfusions, doses and adverse_events together");
            }
            List<Map<String, Object>> stored = records.createParts(subjectId, parts, reason, caller);
            Map<RecordKind, List<Map<String, Object>>> byKind = new java.util.EnumMap<>(RecordKind.class);
            for (int i = 0; i < parts.size(); i++) {
                byKind.computeIfAbsent(parts.get(i).kind(), k -> new ArrayList<>())
                        .add(stored.get(i));
            }
            return new SavedVisit(
                    subjectId,
                    date,
                    byKind.getOrDefault(RecordKind.LABS, List.of()),
                    byKind.getOrDefault(RecordKind.TRANSFUSIONS, List.of()),
                    byKind.getOrDefault(RecordKind.DOSES, List.of()),
                    byKind.getOrDefault(RecordKind.ADVERSE_EVENTS, List.of()),
                    assessments.assessOn(subjectId, date, caller));
        }
    }
}
