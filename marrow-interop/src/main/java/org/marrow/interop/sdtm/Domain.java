package org.marrow.interop.sdtm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marrow.interop.table.Cell;
import org.marrow.interop.table.CodeList;
import org.marrow.interop.table.Column;
import org.marrow.interop.table.ColumnType;
import org.marrow.interop.table.Table;

/**
 * An SDTM domain with its Define-XML metadata: the table, its class and structure, and for each variable where
 * its values come from ({@code def:Origin}), whether it is a key, and the method deriving it.
 *
 * @param table the data, variables named and labelled as SDTMIG 3.4 names them
 * @param domainClass the SDTM observation class, e.g. {@code EVENTS}
 * @param structure one record per what, e.g. {@code One record per adverse event per subject}
 * @param variables the metadata of each column, in column order
 */
record Domain(Table table, String domainClass, String structure, List<Variable> variables) {

    /** Where a variable's values come from (Define-XML 2.1 {@code def:Origin/@Type}). */
    enum Origin {
        COLLECTED("Collected"),
        DERIVED("Derived"),
        ASSIGNED("Assigned"),
        PROTOCOL("Protocol");

        final String define;

        Origin(String define) {
            this.define = define;
        }
    }

    /**
     * A variable's metadata.
     *
     * @param origin where its values come from
     * @param mandatory whether every record has a value (SDTMIG "Req")
     * @param keySequence its place among the key variables, 0 if not a key
     * @param method the method deriving it ({@link Methods}), if derived
     */
    record Variable(Origin origin, boolean mandatory, int keySequence, Optional<Methods> method) {}

    /** Collects a domain's variables and rows. */
    static final class Builder {
        private final String name;
        private final String label;
        private final String domainClass;
        private final String structure;
        private final List<Column> columns = new ArrayList<>();
        private final List<Variable> variables = new ArrayList<>();
        private final List<List<Cell>> rows = new ArrayList<>();
        private int keys;

        Builder(String name, String label, String domainClass, String structure) {
            this.name = name;
            this.label = label;
            this.domainClass = domainClass;
            this.structure = structure;
        }

        Builder key(String variable, String label, ColumnType type, Origin origin) {
            columns.add(Column.of(variable, label, type));
            variables.add(new Variable(origin, true, ++keys, Optional.empty()));
            return this;
        }

        Builder required(String variable, String label, ColumnType type, Origin origin) {
            columns.add(Column.of(variable, label, type));
            variables.add(new Variable(origin, true, 0, Optional.empty()));
            return this;
        }

        Builder variable(String variable, String label, ColumnType type, Origin origin) {
            columns.add(Column.of(variable, label, type));
            variables.add(new Variable(origin, false, 0, Optional.empty()));
            return this;
        }

        Builder coded(String variable, String label, CodeList codes, Origin origin, boolean mandatory) {
            columns.add(Column.coded(variable, label, ColumnType.TEXT, codes));
            variables.add(new Variable(origin, mandatory, 0, Optional.empty()));
            return this;
        }

        Builder derived(String variable, String label, ColumnType type, Methods method) {
            columns.add(Column.of(variable, label, type));
            variables.add(new Variable(Origin.DERIVED, false, 0, Optional.of(method)));
            return this;
        }

        Builder row(List<Cell> cells) {
            rows.add(cells);
            return this;
        }

        Domain build() {
            return new Domain(new Table(name, label, columns, rows), domainClass, structure, variables);
        }
    }

    /** The computations of derived variables, each a Define-XML {@code MethodDef}. */
    enum Methods {
        STUDY_DAY(
                "MT.STUDYDAY",
                "Study day",
                "Date minus RFSTDTC plus 1 on or after RFSTDTC, date minus RFSTDTC before it (SDTMIG 3.4, 4.4.4: no day"
                        + " 0)."),
        AGE("MT.AGE", "Age", "Age in completed years on RFSTDTC (on the enrolment date for a subject never treated)."),
        STANDARD_UNIT(
                "MT.STRES",
                "Standard unit",
                "The value converted to the test's canonical unit (haemoglobin g/L, counts 10^9/L, creatinine and"
                        + " bilirubin umol/L) with SI factors; reticulocytes in % with the same day's red cell count."),
        RESPONSE(
                "MT.RESPONSE",
                "Response per timepoint",
                "The hematologic response at the protocol timepoint by the protocol's response criteria set (RSCAT),"
                        + " the assessment in the visit window closest to the target day, against the baseline counts;"
                        + " derived by Marrow's one analysis of the study.");

        final String oid;
        final String name;
        final String description;

        Methods(String oid, String name, String description) {
            this.oid = oid;
            this.name = name;
            this.description = description;
        }
    }
}
