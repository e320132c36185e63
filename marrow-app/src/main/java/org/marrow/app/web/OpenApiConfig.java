package org.marrow.app.web;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import org.marrow.app.record.RecordKind;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document ({@code /api/openapi}) says exactly what the API takes: the request and response types
 * with the property names the JSON mapper uses (snake_case, as {@code spring.jackson.property-naming-strategy}),
 * every object closed ({@code additionalProperties: false}, as the mapper refuses unknown fields), and for the
 * source records, read as JSON trees, one path per kind with the fields of {@link RecordKind#requestFields}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {
    private static final String SUBJECT_RECORDS = "/api/subjects/{subjectId}/{kind}";
    private static final String SUBJECT_RECORD = "/api/subjects/{subjectId}/{kind}/{id}";

    /** The schemas of the types as the API's mapper names their properties. */
    @Bean
    ModelResolver snakeCaseModels() {
        return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
    }

    @Bean
    OpenApiCustomizer closedObjectsAndRecordKinds() {
        return openApi -> {
            if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
                openApi.getComponents().getSchemas().values().forEach(OpenApiConfig::close);
            }
            if (openApi.getPaths() == null) {
                return;
            }
            PathItem generic = openApi.getPaths().get(SUBJECT_RECORDS);
            PathItem genericOne = openApi.getPaths().get(SUBJECT_RECORD);
            for (RecordKind kind : RecordKind.values()) {
                if (generic != null && generic.getPost() != null) {
                    PathItem item = new PathItem();
                    item.setPost(withBody(
                            generic.getPost(),
                            kind,
                            OpenApiSchemas.closed(kind.requestFields(false, true)),
                            "Enter a " + kind.table()));
                    openApi.getPaths().addPathItem("/api/subjects/{subjectId}/" + kind.path(), item);
                }
                if (genericOne != null && genericOne.getPut() != null) {
                    PathItem item = new PathItem();
                    item.setPut(withBody(
                            genericOne.getPut(),
                            kind,
                            OpenApiSchemas.closed(kind.requestFields(true, true)),
                            "Edit a " + kind.table()));
                    openApi.getPaths().addPathItem("/api/subjects/{subjectId}/" + kind.path() + "/{id}", item);
                }
            }
            if (generic != null) {
                generic.setPost(null);
            }
            if (genericOne != null) {
                genericOne.setPut(null);
            }
        };
    }

    private static Operation withBody(Operation generic, RecordKind kind, Schema<?> body, String summary) {
        Operation op = new Operation()
                .operationId(generic.getOperationId() + "_" + kind.path().replace('-', '_'))
                .summary(summary)
                .tags(generic.getTags())
                .responses(generic.getResponses())
                .security(generic.getSecurity());
        if (generic.getParameters() != null) {
            generic.getParameters().stream()
                    .filter(p -> !"kind".equals(p.getName()))
                    .forEach(op::addParametersItem);
        }
        op.setRequestBody(new RequestBody()
                .required(true)
                .content(new Content().addMediaType("application/json", new MediaType().schema(body))));
        return op;
    }

    private static void close(Schema<?> schema) {
        if (schema.getProperties() != null
                && !schema.getProperties().isEmpty()
                && schema.getAdditionalProperties() == null) {
            schema.setAdditionalProperties(Boolean.FALSE);
        }
    }
}
