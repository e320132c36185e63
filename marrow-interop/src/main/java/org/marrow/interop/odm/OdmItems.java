package org.marrow.interop.odm;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.marrow.study.RecordField;
import org.marrow.study.RecordType;

/**
 * The OIDs and item definitions of Marrow's ODM files, shared by the writer and the reader: a form and an item
 * group per kind of record ({@code F.LABS}, {@code IG.LABS}), an item per field other than the subject
 * ({@code IT.LABS.VALUE}), a study event per protocol visit ({@code SE.MONTH-3}) and one for the records not
 * tied to a visit ({@code SE.RECORDS}).
 */
final class OdmItems {
    static final String NAMESPACE = "http://www.cdisc.org/ns/odm/v1.3";
    static final String RECORDS_EVENT = "SE.RECORDS";

    private OdmItems() {}

    static String form(RecordType type) {
        return "F." + type.name();
    }

    static String group(RecordType type) {
        return "IG." + type.name();
    }

    static String item(RecordType type, RecordField field) {
        return "IT." + type.name() + "." + field.name();
    }

    static String event(String visit) {
        return "SE." + visit.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_.-]", "_");
    }

    static String location(String site) {
        return "LOC." + site;
    }

    static String user(String name) {
        return "USR." + name;
    }

    /** The fields of a kind of record that are items: every field but the subject, the SubjectData's key. */
    static List<RecordField> items(RecordType type) {
        return type.fields().stream().filter(f -> f != RecordField.SUBJECT_ID).toList();
    }

    /** The kind of record an item group OID names. */
    static Optional<RecordType> typeOfGroup(String oid) {
        for (RecordType type : RecordType.values()) {
            if (group(type).equals(oid)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The kind of record a form OID names. */
    static Optional<RecordType> typeOfForm(String oid) {
        for (RecordType type : RecordType.values()) {
            if (form(type).equals(oid)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The ODM data type of a field's item. */
    static String dataType(RecordType type, RecordField field) {
        return switch (field) {
            case BIRTH_DATE, SCREENED_ON, ENROLLED_ON, FIRST_DOSE_ON, WITHDRAWN_ON, DATE, START_DATE, END_DATE ->
                "date";
            case WEIGHT_KG, HEIGHT_CM, LLN, ULN, DOSE, VAF_PERCENT -> "float";
            case VALUE -> type == RecordType.LABS ? "float" : "text";
            case UNITS, GRADE -> "integer";
            case SUBJECT_ID,
                    SITE,
                    ARM,
                    SEX,
                    WITHDRAWAL_REASON,
                    TEST,
                    UNIT,
                    PRODUCT,
                    DRUG,
                    TERM,
                    SERIOUS,
                    RELATED_TO,
                    TYPE,
                    NOTE,
                    ITEM,
                    GENE,
                    VARIANT -> "text";
        };
    }

    /** The code list of a field's item, if it is coded. */
    static Optional<String> codeList(RecordType type, RecordField field) {
        return Optional.ofNullable(
                switch (field) {
                    case SEX -> "CL.SEX";
                    case TEST -> "CL.LBTESTCD";
                    case PRODUCT -> "CL.PRODUCT";
                    case DRUG -> "CL.DRUG";
                    case UNIT -> type == RecordType.DOSES ? "CL.DOSEUNIT" : null;
                    case GRADE -> "CL.GRADE";
                    case SERIOUS -> "CL.NY";
                    case TYPE -> "CL.EVENTTYPE";
                    case TERM -> "CL.CTCAE";
                    default -> null;
                });
    }
}
