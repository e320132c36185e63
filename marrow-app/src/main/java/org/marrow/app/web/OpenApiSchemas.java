package org.marrow.app.web;

import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Schemas of the OpenAPI document for bodies read as JSON trees, built from the lists of fields they accept. */
public final class OpenApiSchemas {
    private OpenApiSchemas() {}

    /**
     * A closed object ({@code additionalProperties: false}) of untyped properties.
     *
     * @param names the property names, as the API reads them
     * @return the schema
     */
    public static ObjectSchema closed(List<String> names) {
        ObjectSchema s = new ObjectSchema();
        Map<String, Schema> properties = new LinkedHashMap<>();
        for (String n : names) {
            properties.put(n, new Schema<>());
        }
        s.setProperties(properties);
        s.setAdditionalProperties(Boolean.FALSE);
        return s;
    }
}
