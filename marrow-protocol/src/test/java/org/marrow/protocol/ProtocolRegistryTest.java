package org.marrow.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProtocolRegistryTest {
    private final ProtocolRegistry registry = ProtocolRegistry.bundled();

    @Test
    void bundlesTheFiveReferenceProtocolsUnderTheirContractIds() {
        // The ids other tools rely on (docs/protocol-format.md; the CLI, the API and the report name them).
        assertThat(registry.ids())
                .containsExactly("ctx-ist", "hpag-ist", "hpag-csa-nsaa", "romiplostim-csa", "sirolimus-csa");
    }

    @Test
    void everyBundledProtocolLoadsAndCarriesItsIdAndVersion() {
        for (ProtocolRegistry.Entry entry : registry.entries()) {
            Protocol protocol = registry.load(entry.id(), entry.version());
            assertThat(protocol.id()).isEqualTo(entry.id());
            assertThat(protocol.version()).isEqualTo(entry.version());
        }
    }

    @Test
    void loadsTheLatestVersionByIdAndResolvesIdAtVersion() {
        assertThat(registry.load("ctx-ist").version()).isEqualTo("1.0");
        assertThat(registry.resolve("sirolimus-csa@1.0").id()).isEqualTo("sirolimus-csa");
    }

    @Test
    void unknownIdOrVersionNamesTheBundledOnes() {
        assertThatThrownBy(() -> registry.load("ctx-isr"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'ctx-isr'")
                .hasMessageContaining("ctx-ist 1.0");
        assertThatThrownBy(() -> registry.load("ctx-ist", "9.9"))
                .hasMessageContaining("version 9.9")
                .hasMessageContaining("expected one of");
    }

    @Test
    void loadsAProtocolFileByPathAndNamesTheFileInProblems(@TempDir Path dir) throws Exception {
        String text = new String(
                ProtocolRegistry.class
                        .getResourceAsStream("/org/marrow/protocol/bundled/ctx-ist-1.0.yaml")
                        .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Path good = dir.resolve("my-trial.yaml");
        Files.writeString(good, text);
        assertThat(ProtocolRegistry.loadFile(good).id()).isEqualTo("ctx-ist");
        assertThat(registry.resolve(good.toString()).id()).isEqualTo("ctx-ist");

        Path bad = dir.resolve("bad.yaml");
        Files.writeString(
                bad,
                text.replace(
                        "unit: mg/kg, per: day}\n    route: iv\n    frequency: daily\n    days: [{from: 1, to: 5}]",
                        "unit: mg/kgg, per: day}\n    route: iv\n    frequency: daily\n    days: [{from: 1, to: 5}]"));
        assertThatThrownBy(() -> ProtocolRegistry.loadFile(bad))
                .isInstanceOf(InvalidProtocolException.class)
                .hasMessageStartingWith(bad + ":")
                .hasMessageContaining(
                        "regimens[0].dose.unit: 'mg/kgg' is not a dose unit; expected one of mg, ug, mg/kg, ug/kg");
    }
}
