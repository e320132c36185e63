package org.marrow.interop.table;

import java.util.Objects;
import java.util.Optional;

/**
 * A column of an exported table: its name, its label, its type and, for a coded column, its code list.
 *
 * @param name the variable name, letters, digits and underscores starting with a letter, at most 32 characters
 *     (the SAS and Stata limit)
 * @param label what the variable holds, in the reader's language
 * @param type the type
 * @param codes the code list of a coded column; empty for other columns
 */
public record Column(String name, String label, ColumnType type, Optional<CodeList> codes) {

    /**
     * Checks the column.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the name breaks the rule above or the label is blank
     */
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(codes, "codes");
        if (!name.matches("[A-Za-z][A-Za-z0-9_]{0,31}")) {
            throw new IllegalArgumentException(
                    "Variable name '" + name + "' must be a letter then up to 31 letters," + " digits or _");
        }
        if (label.isBlank()) {
            throw new IllegalArgumentException("Variable " + name + " must have a label");
        }
    }

    /**
     * A column without a code list.
     *
     * @param name the name
     * @param label the label
     * @param type the type
     * @return the column
     */
    public static Column of(String name, String label, ColumnType type) {
        return new Column(name, label, type, Optional.empty());
    }

    /**
     * A coded column.
     *
     * @param name the name
     * @param label the label
     * @param type the type of the codes
     * @param codes the code list
     * @return the column
     */
    public static Column coded(String name, String label, ColumnType type, CodeList codes) {
        return new Column(name, label, type, Optional.of(codes));
    }
}
