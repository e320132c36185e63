package org.marrow.app.audit;

import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Where the audit key comes from, first match: {@code marrow.audit.key} (base64), {@code marrow.audit.key-file},
 * else a file created on first use, mode 0600: {@code marrow-audit.key} in the embedded database's data
 * directory, or {@code ~/.marrow/audit.key} with an external database ({@code --db}). docs/operations.md says
 * how to keep it apart from the database.
 */
@Configuration(proxyBeanMethods = false)
class AuditKeyConfig {
    /** The key file in the embedded database's data directory. */
    static final String KEY_FILE = "marrow-audit.key";

    @Bean
    AuditKey auditKey(Environment env) {
        String text = env.getProperty("marrow.audit.key", "");
        if (!text.isBlank()) {
            return AuditKey.fromBase64(text);
        }
        String file = env.getProperty("marrow.audit.key-file", "");
        if (!file.isBlank()) {
            return AuditKey.fromFile(Path.of(file), true);
        }
        boolean embedded = env.getProperty("spring.datasource.url", "").isBlank();
        Path path = embedded
                ? Path.of(env.getRequiredProperty("marrow.data-dir")).resolve(KEY_FILE)
                : Path.of(env.getRequiredProperty("user.home"), ".marrow", "audit.key");
        return AuditKey.fromFile(path, true);
    }
}
