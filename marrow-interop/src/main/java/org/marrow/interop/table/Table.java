package org.marrow.interop.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A table of an export: a data set of R, SAS, SPSS or Stata, an SDTM domain. Immutable.
 *
 * @param name the table's name: its file name without extension, its data set name
 * @param label what it holds
 * @param columns the columns, names unique
 * @param rows the rows, each with one cell per column
 */
public record Table(String name, String label, List<Column> columns, List<List<Cell>> rows) {

    /**
     * Checks and copies the table.
     *
     * @throws NullPointerException if a component, column, row or cell is null
     * @throws IllegalArgumentException if two columns share a name or a row has not one cell per column
     */
    public Table {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        columns = List.copyOf(columns);
        List<List<Cell>> copied = new ArrayList<>(rows.size());
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "A row of " + name + " has " + row.size() + " cells; expected " + columns.size());
            }
            copied.add(List.copyOf(row));
        }
        rows = List.copyOf(copied);
        Set<String> names = new HashSet<>();
        for (Column c : columns) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("Table " + name + " has column " + c.name() + " twice");
            }
        }
    }

    /**
     * The code lists of the coded columns, each once, in column order.
     *
     * @return the code lists
     */
    public List<CodeList> codeLists() {
        List<CodeList> lists = new ArrayList<>();
        for (Column c : columns) {
            c.codes().filter(l -> !lists.contains(l)).ifPresent(lists::add);
        }
        return lists;
    }
}
