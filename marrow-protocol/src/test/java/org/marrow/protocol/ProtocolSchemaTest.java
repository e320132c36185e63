package org.marrow.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Holds docs/protocol.schema.json in sync with the loader: every mapping the loader reads is a
 * schema definition with exactly the keys the loader accepts, and closed to other keys. (The five
 * protocols were also validated against the schema with Python jsonschema 4.26, see
 * docs/protocol-format.md.)
 */
class ProtocolSchemaTest {

    @SuppressWarnings("unchecked")
    static Map<String, Object> schema() throws Exception {
        Path file = Path.of("..", "docs", "protocol.schema.json");
        String json = Files.readString(file, StandardCharsets.UTF_8);
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(json);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyLoaderContextIsASchemaDefinitionWithTheSameKeys() throws Exception {
        Map<String, Object> schema = schema();
        Map<String, Object> defs = (Map<String, Object>) schema.get("$defs");
        for (Map.Entry<String, Set<String>> context : Keys.CONTEXTS.entrySet()) {
            Map<String, Object> definition =
                    context.getKey().equals("protocol") ? schema : (Map<String, Object>) defs.get(context.getKey());
            assertThat(definition)
                    .as("schema definition for '%s'", context.getKey())
                    .isNotNull();
            Map<String, Object> properties = (Map<String, Object>) definition.get("properties");
            assertThat(properties.keySet())
                    .as("keys of '%s'", context.getKey())
                    .containsExactlyInAnyOrderElementsOf(context.getValue());
            assertThat(definition.get("additionalProperties"))
                    .as("'%s' is closed", context.getKey())
                    .isEqualTo(Boolean.FALSE);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void schemaHasNoDefinitionTheLoaderDoesNotRead() throws Exception {
        Map<String, Object> defs = (Map<String, Object>) schema().get("$defs");
        assertThat(Keys.CONTEXTS.keySet()).containsAll(defs.keySet());
    }
}
