package org.marrow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marrow.app.demo.DemoSetup;
import org.marrow.app.security.Role;
import org.marrow.app.study.Study;
import org.marrow.dataset.DatasetReader;
import org.marrow.dataset.DatasetWriter;

/**
 * {@code marrow demo} loads every reference protocol's example data set into its study: each is
 * bundled in the jar exactly as committed in examples/&lt;id&gt;, and imports and exports without loss.
 */
class DemoExamplesTest extends ApiTest {
    static final java.util.List<String> EXAMPLES = DemoSetup.EXAMPLE_STUDIES;

    @TempDir
    Path tmp;

    static Path folder(String id) {
        Path fromModule = Path.of("..", "examples", id);
        return Files.isDirectory(fromModule) ? fromModule : Path.of("examples", id);
    }

    @Test
    void everyReferenceProtocolHasAnExample() {
        assertThat(EXAMPLES)
                .containsExactlyInAnyOrder("ctx-ist", "hpag-ist", "hpag-csa-nsaa", "romiplostim-csa", "sirolimus-csa");
        assertThatThrownBy(() -> DemoSetup.bundledDataset("no-such-study"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ctx-ist", "hpag-ist", "hpag-csa-nsaa", "romiplostim-csa", "sirolimus-csa"})
    void bundledDataSetIsTheCommittedExample(String id) throws IOException {
        Map<String, String> bundled = ImportExportTest.unzip(DemoSetup.bundledDataset(id));
        Map<String, String> committed = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder(id))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                committed.put(f.getFileName().toString(), Files.readString(f));
            }
        }
        assertThat(bundled).containsExactlyInAnyOrderEntriesOf(committed);
    }

    @Test
    void romiplostimExampleImportsAndExportsWithoutLoss() throws Exception {
        String admin = user(Role.ADMIN);
        Study study = studies.create(unique("ROMI"), "Romiplostim example", "romiplostim-csa", "1.0", "lineage");
        Response imported =
                post(admin, "/api/studies/" + study.id() + "/dataset", DemoSetup.bundledDataset("romiplostim-csa"));
        assertThat(imported.status()).as("%s", imported.body()).isEqualTo(200);
        assertThat(imported.get("subjects").asInt()).isEqualTo(16);
        Response exported = get(admin, "/api/studies/" + study.id() + "/dataset");
        assertThat(exported.status()).isEqualTo(200);
        Path back = tmp.resolve("back");
        Files.createDirectories(back);
        for (Map.Entry<String, String> f :
                ImportExportTest.unzip(exported.bytes()).entrySet()) {
            Files.writeString(back.resolve(f.getKey()), f.getValue());
        }
        assertThat(DatasetWriter.contentHash(DatasetReader.read(back)))
                .isEqualTo(DatasetWriter.contentHash(DatasetReader.read(folder("romiplostim-csa"))));
    }
}
