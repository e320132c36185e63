package org.marrow.analysis.stage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The reference values of src/test/r/monitoring.R (monitoring.csv beside the tests). */
final class Fixture {
    private static final Map<String, String> VALUES = load();

    private Fixture() {}

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = Fixture.class.getResourceAsStream("monitoring.csv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.startsWith("key,") || line.isBlank()) {
                    continue;
                }
                String[] kv = line.split(",", 2);
                out.put(kv[0], kv[1].trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static double number(String key) {
        return Double.parseDouble(text(key));
    }

    static String text(String key) {
        String v = VALUES.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no reference value " + key);
        }
        return v;
    }
}
