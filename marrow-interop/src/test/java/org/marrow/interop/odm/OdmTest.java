package org.marrow.interop.odm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.LabValue;
import org.marrow.clinical.quantity.Unit;
import org.marrow.clinical.renal.Sex;
import org.marrow.dataset.DatasetReader;
import org.marrow.interop.AuditHistory;
import org.marrow.interop.Examples;
import org.marrow.interop.ExportFormat;
import org.marrow.interop.ImportProblem;
import org.marrow.interop.StudyExport;
import org.marrow.interop.xml.SchemaCheck;
import org.marrow.protocol.ProtocolRegistry;
import org.marrow.study.LabRecord;
import org.marrow.study.RecordEntries;
import org.marrow.study.RecordType;
import org.marrow.study.StudyDataset;
import org.marrow.study.Subject;
import org.marrow.study.validation.StudyValidation;

/**
 * ODM 1.3.2: the export of examples/ctx-ist is valid against the official schema and reads back to an equal data
 * set; an audit trail makes a valid transactional file whose transactions read back to the current records; a
 * file with errors is refused with every problem located.
 */
class OdmTest {
    private static final SchemaCheck ODM = SchemaCheck.of(OdmExport.class.getResource("odm-1.3.2/ODM1-3-2.xsd"));
    private static final StudyValidation VALIDATION = StudyValidation.asOf(LocalDate.of(2026, 1, 15));

    private static final Subject SUBJECT = new Subject(
            "S-1",
            "SITE-A",
            Optional.of("ctx-ist"),
            Sex.MALE,
            LocalDate.of(1980, 5, 6),
            new BigDecimal("70"),
            new BigDecimal("175"),
            Optional.of(LocalDate.of(2024, 1, 2)),
            Optional.of(LocalDate.of(2024, 1, 3)));

    private static LabRecord hgb(String value, LocalDate date) {
        return LabRecord.of("S-1", date, LabValue.of(LabTest.HGB, new BigDecimal(value), Unit.G_PER_L));
    }

    @Test
    void theExampleIsValidAgainstTheOdmSchemaAndReadsBackToAnEqualDataSet() {
        StudyExport export = Examples.ctxIst();
        byte[] odm = ExportFormat.ODM.export(export).bytes(OdmExport.FILE);
        assertThat(ODM.check(odm)).isEmpty();
        String text = new String(odm, StandardCharsets.UTF_8);
        assertThat(text)
                .contains("FileType=\"Snapshot\"")
                .contains("<StudyEventDef OID=\"SE.MONTH-3\" Name=\"month-3\" Repeating=\"No\" Type=\"Scheduled\">")
                .contains("<MeasurementUnit OID=\"MU.E9_PER_L\" Name=\"10^9/L\">")
                .contains("<Alias Context=\"UCUM\" Name=\"10*9/L\"/>")
                .contains("<Alias Context=\"LOINC\" Name=\"718-7\"/>")
                .contains("<ExternalCodeList Dictionary=\"CTCAE\" Version=\"5.0\"/>")
                .contains("<StudyEventData StudyEventOID=\"SE.MONTH-3\">")
                .doesNotContain("AuditRecord");

        OdmImport.Result back = OdmImport.read(odm, "odm.xml", VALIDATION);
        assertThat(back.problems()).filteredOn(ImportProblem::error).isEmpty();
        assertThat(back.dataset()).contains(export.dataset());
    }

    @Test
    void somaticMutationResultsRoundTripThroughOdm() {
        Path folder = Examples.ctxIstFolder().resolveSibling("hpag-ist");
        StudyDataset dataset = DatasetReader.inspect(folder, StudyValidation.asOf(LocalDate.of(2026, 1, 15)))
                .orThrow();
        assertThat(dataset.mutations()).isNotEmpty();
        StudyExport export = Examples.of(ProtocolRegistry.bundled().resolve("hpag-ist"), dataset, AuditHistory.none());
        byte[] odm = ExportFormat.ODM.export(export).bytes(OdmExport.FILE);
        assertThat(ODM.check(odm)).isEmpty();

        OdmImport.Result back = OdmImport.read(odm, "odm.xml", VALIDATION);
        assertThat(back.problems()).filteredOn(ImportProblem::error).isEmpty();
        assertThat(back.dataset()).hasValueSatisfying(d -> {
            assertThat(d.mutations()).isEqualTo(dataset.mutations());
            assertThat(d).isEqualTo(dataset);
        });
    }

    @Test
    void anAuditTrailMakesAValidTransactionalFileWhoseTransactionsReadBackToTheCurrentRecords() {
        LabRecord kept = hgb("85", LocalDate.of(2024, 1, 10));
        LabRecord deleted = hgb("90", LocalDate.of(2024, 1, 11));
        LabRecord before = hgb("8.5", LocalDate.of(2024, 1, 10));
        StudyDataset dataset = StudyDataset.of(
                List.of(SUBJECT), List.of(kept), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        Instant t = Instant.parse("2024-01-10T09:00:00Z");
        AuditHistory history = new AuditHistory(List.of(
                new AuditHistory.RecordHistory(
                        RecordType.SUBJECTS,
                        "S-1",
                        7,
                        List.of(change(AuditHistory.Action.INSERT, t, "import", 1, RecordEntries.of(SUBJECT)))),
                new AuditHistory.RecordHistory(
                        RecordType.LABS,
                        "S-1",
                        21,
                        List.of(
                                change(
                                        AuditHistory.Action.INSERT,
                                        t.plusSeconds(60),
                                        null,
                                        2,
                                        RecordEntries.of(before)),
                                change(
                                        AuditHistory.Action.UPDATE,
                                        t.plusSeconds(120),
                                        "unit mix-up: g/L, not g/dL",
                                        3,
                                        RecordEntries.of(kept)))),
                new AuditHistory.RecordHistory(
                        RecordType.LABS,
                        "S-1",
                        22,
                        List.of(
                                change(
                                        AuditHistory.Action.INSERT,
                                        t.plusSeconds(180),
                                        null,
                                        4,
                                        RecordEntries.of(deleted)),
                                change(
                                        AuditHistory.Action.REMOVE,
                                        t.plusSeconds(240),
                                        "entered for the wrong subject",
                                        5,
                                        RecordEntries.of(deleted))))));
        StudyExport export = Examples.of(Examples.protocol(), dataset, history);
        byte[] odm = ExportFormat.ODM.export(export).bytes(OdmExport.FILE);
        assertThat(ODM.check(odm)).isEmpty();
        String text = new String(odm, StandardCharsets.UTF_8);
        assertThat(text)
                .contains("FileType=\"Transactional\"")
                .contains(
                        "<ItemGroupData ItemGroupOID=\"IG.LABS\" ItemGroupRepeatKey=\"22\" TransactionType=\"Remove\">")
                .contains("<ReasonForChange>unit mix-up: g/L, not g/dL</ReasonForChange>")
                .contains("<SourceID>audit_log 3</SourceID>")
                .contains("<User OID=\"USR.alice\">")
                .contains("<Location OID=\"LOC.SITE-A\" Name=\"SITE-A\" LocationType=\"Site\">");

        OdmImport.Result back = OdmImport.read(odm, "odm.xml", VALIDATION);
        assertThat(back.problems()).filteredOn(ImportProblem::error).isEmpty();
        assertThat(back.dataset().orElseThrow().labs()).containsExactly(kept);
        assertThat(back.dataset().orElseThrow().subjects()).containsExactly(SUBJECT);
    }

    private static AuditHistory.Change change(
            AuditHistory.Action action, Instant at, String reason, int seq, org.marrow.study.validation.Entry values) {
        return new AuditHistory.Change(
                action, at, "alice", "SITE-A", Optional.ofNullable(reason), "audit_log " + seq, values);
    }

    @Test
    void aFileWithErrorsIsRefusedWithEveryProblemAtItsLineAndColumn() {
        StudyDataset dataset = StudyDataset.of(
                List.of(SUBJECT),
                List.of(hgb("85", LocalDate.of(2024, 1, 10)), hgb("86", LocalDate.of(2024, 1, 12))),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                EnumSet.noneOf(RecordType.class));
        String odm = ExportFormat.ODM
                .export(Examples.of(Examples.protocol(), dataset, AuditHistory.none()))
                .text(OdmExport.FILE);
        String broken =
                odm.replace("Value=\"85\"", "Value=\"-85\"").replace("Value=\"2024-01-12\"", "Value=\"2099-01-12\"");
        OdmImport.Result result = OdmImport.read(broken.getBytes(StandardCharsets.UTF_8), "study.xml", VALIDATION);
        assertThat(result.dataset()).isEmpty();
        assertThat(result.problems()).filteredOn(ImportProblem::error).hasSize(2);
        assertThat(result.problems())
                .extracting(ImportProblem::field, ImportProblem::value)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("value", "-85"),
                        org.assertj.core.groups.Tuple.tuple("date", "2099-01-12"));
        assertThat(result.problems().get(0).location()).matches("study\\.xml:\\d+:\\d+");
        assertThat(result.problems().get(0).toString()).contains("field value has value '-85'");
    }

    @Test
    void aFileThatIsNotValidOdmIsRefusedWithTheSchemaProblem() {
        OdmImport.Result notXml = OdmImport.read("not xml".getBytes(StandardCharsets.UTF_8), "x.xml", VALIDATION);
        assertThat(notXml.dataset()).isEmpty();
        assertThat(notXml.problems())
                .singleElement()
                .extracting(ImportProblem::location)
                .asString()
                .startsWith("x.xml:1:");
        String odm = ExportFormat.ODM
                .export(Examples.of(
                        Examples.protocol(),
                        StudyDataset.of(
                                List.of(SUBJECT),
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of()),
                        AuditHistory.none()))
                .text(OdmExport.FILE);
        OdmImport.Result invalid = OdmImport.read(
                odm.replace("<GlobalVariables>", "<GlobalVariables><Unexpected/>")
                        .getBytes(StandardCharsets.UTF_8),
                "x.xml",
                VALIDATION);
        assertThat(invalid.dataset()).isEmpty();
        assertThat(invalid.problems())
                .isNotEmpty()
                .allMatch(p -> p.message().code().equals("interop.odm.schema"));
        OdmImport.Result foreign = OdmImport.read(
                odm.replace("ItemGroupOID=\"IG.SUBJECTS\"", "ItemGroupOID=\"IG.VITALS\"")
                        .getBytes(StandardCharsets.UTF_8),
                "x.xml",
                VALIDATION);
        assertThat(foreign.dataset()).isEmpty();
        assertThat(foreign.problems()).extracting(p -> p.message().code()).contains("interop.odm.unknownGroup");
    }
}
