package org.marrow.interop.sdtm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.analysis.endpoint.TimepointStatus;
import org.marrow.interop.Examples;
import org.marrow.interop.ExportFiles;
import org.marrow.interop.ExportFormat;
import org.marrow.interop.StudyExport;
import org.marrow.interop.xml.SchemaCheck;

/**
 * SDTM of examples/ctx-ist: every Dataset-JSON file valid against CDISC's Dataset-JSON 1.1 schema, define.xml valid
 * against the Define-XML 2.1 schema, and the values those of the source and the analysis.
 */
class SdtmTest {
    private static final List<String> DOMAINS = List.of("dm", "ae", "lb", "ex", "cm", "ds", "sv", "rs");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ExportFiles files;

    private static synchronized ExportFiles files() {
        if (files == null) {
            files = ExportFormat.SDTM.export(Examples.ctxIst());
        }
        return files;
    }

    private static JsonNode json(String domain) throws Exception {
        return JSON.readTree(files().text("sdtm/" + domain + ".json"));
    }

    /** The rows of a Dataset-JSON file as column name to value. */
    private static List<java.util.Map<String, JsonNode>> rows(String domain) throws Exception {
        JsonNode d = json(domain);
        List<String> names = new ArrayList<>();
        d.get("columns").forEach(c -> names.add(c.get("name").asText()));
        List<java.util.Map<String, JsonNode>> rows = new ArrayList<>();
        for (JsonNode row : d.get("rows")) {
            java.util.Map<String, JsonNode> r = new java.util.LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                r.put(names.get(i), row.get(i));
            }
            rows.add(r);
        }
        return rows;
    }

    @Test
    void everyDatasetJsonFileIsValidAgainstTheDatasetJson11Schema() throws Exception {
        Schema schema;
        try (InputStream in = SdtmTest.class.getResourceAsStream("dataset-json-1.1/dataset.schema.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09)
                    .getSchema(in);
        }
        for (String domain : DOMAINS) {
            String text = files().text("sdtm/" + domain + ".json");
            List<Error> errors = schema.validate(text, InputFormat.JSON);
            assertThat(errors).as("sdtm/%s.json", domain).isEmpty();
            JsonNode d = JSON.readTree(text);
            assertThat(d.get("records").asInt()).isEqualTo(d.get("rows").size());
        }
        // The schema does refuse what breaks it.
        assertThat(schema.validate("{\"datasetJSONVersion\": \"2.0\"}", InputFormat.JSON))
                .isNotEmpty();
    }

    @Test
    void defineXmlIsValidAgainstTheDefineXml21SchemaAndNamesTheDatasetJsonColumns() throws Exception {
        SchemaCheck define =
                SchemaCheck.of(SdtmTest.class.getResource("define-2.1/cdisc-definexml-2.1.0/define2-1-0.xsd"));
        byte[] xml = files().bytes("sdtm/define.xml");
        assertThat(define.check(xml)).isEmpty();
        String text = files().text("sdtm/define.xml");
        for (String domain : DOMAINS) {
            for (JsonNode c : json(domain).get("columns")) {
                assertThat(text).contains("<ItemDef OID=\"" + c.get("itemOID").asText() + "\"");
            }
            assertThat(text).contains("xlink:href=\"" + domain + ".json\"");
        }
        assertThat(text).contains("def:DefineVersion=\"2.1.0\"").contains("Version=\"3.4\"");
    }

    @Test
    void demographicsHaveOneRecordPerSubjectWithTheFirstDoseAsReferenceStart() throws Exception {
        StudyExport export = Examples.ctxIst();
        List<java.util.Map<String, JsonNode>> dm = rows("dm");
        assertThat(dm).hasSize(export.dataset().subjects().size());
        var first = dm.get(0);
        assertThat(first.get("USUBJID").asText()).isEqualTo("CTX-IST-CTX-001");
        assertThat(first.get("RFSTDTC").asText()).isEqualTo("2023-07-05");
        assertThat(first.get("SEX").asText()).isEqualTo("F");
        assertThat(first.get("ARMCD").asText()).isEqualTo("ctx-ist");
        assertThat(first.get("AGE").asInt()).isEqualTo(32);
        assertThat(files().text("sdtm/dm.csv")).startsWith("STUDYID,DOMAIN,USUBJID,SUBJID,RFSTDTC,");
    }

    @Test
    void labsCarryLoincAndTheValueInTheCanonicalUnit() throws Exception {
        var hgb = rows("lb").stream()
                .filter(r -> r.get("LBTESTCD").asText().equals("HGB"))
                .findFirst()
                .orElseThrow();
        assertThat(hgb.get("LBORRES").asText()).isEqualTo("7.9");
        assertThat(hgb.get("LBORRESU").asText()).isEqualTo("g/dL");
        assertThat(hgb.get("LBSTRESN").asText()).isEqualTo("79.0");
        assertThat(hgb.get("LBSTRESU").asText()).isEqualTo("g/L");
        assertThat(hgb.get("LBLOINC").asText()).isEqualTo("718-7");
        assertThat(rows("lb")).hasSize(Examples.ctxIst().dataset().labs().size());
    }

    @Test
    void adverseEventsCarryTheCtcaeGradeAndTheMedDraCodeOfTheTerm() throws Exception {
        var neutropenia = rows("ae").stream()
                .filter(r -> r.get("AETERM").asText().equals("Neutrophil count decreased"))
                .findFirst()
                .orElseThrow();
        assertThat(neutropenia.get("AETOXGR").asText()).isEqualTo("4");
        assertThat(neutropenia.get("AELLTCD").asLong()).isEqualTo(10029366L);
        assertThat(neutropenia.get("AESOC").asText()).isEqualTo("Investigations");
        assertThat(neutropenia.get("AESER").asText()).isEqualTo("Y");
    }

    @Test
    void responsesAreTheAnalysisResponsesPerTimepointWithTheirCriteriaSet() throws Exception {
        StudyExport export = Examples.ctxIst();
        long assessed = export.analysis().endpoints().subjects().stream()
                .flatMap(s -> s.timepoints().stream())
                .filter(t -> t.status() == TimepointStatus.ASSESSED)
                .count();
        List<java.util.Map<String, JsonNode>> rs = rows("rs");
        assertThat(rs.stream().filter(r -> !r.get("RSSTRESC").isNull()).count()).isEqualTo(assessed);
        assertThat(rs).allMatch(r -> r.get("RSCAT").asText().equals("FIVE-TIER"));
        long responders = rs.stream()
                .filter(r -> r.get("VISIT").asText().equals("month-3"))
                .filter(r -> !r.get("RSSTRESC").isNull()
                        && !r.get("RSSTRESC").asText().equals("NR"))
                .count();
        assertThat(responders).isEqualTo(28);
    }

    @ParameterizedTest
    @CsvSource({
        "2024-01-10, 2024-01-10, 1",
        "2024-01-10, 2024-01-11, 2",
        "2024-01-10, 2024-01-09, -1",
        "2024-01-10, 2024-01-08, -2"
    })
    void theSdtmStudyDayHasNoDayZero(LocalDate reference, LocalDate date, long day) {
        assertThat(SdtmDomains.sdtmDay(Optional.of(reference), date)).contains(day);
        assertThat(SdtmDomains.sdtmDay(Optional.empty(), date)).isEmpty();
    }
}
