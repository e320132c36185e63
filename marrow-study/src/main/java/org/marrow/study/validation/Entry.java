package org.marrow.study.validation;

import org.marrow.study.RecordField;

/**
 * The fields of one record as a user entered them, by field: a row of a data set file, a JSON request
 * body, a page's form. {@link RecordReader} reads every kind of record from an entry, so that every
 * entry path parses and checks a field the same way.
 */
@FunctionalInterface
public interface Entry {
    /**
     * The text of a field as entered, without surrounding white space.
     *
     * @param field the field
     * @return the text; empty when the field was left empty or is absent
     */
    String text(RecordField field);
}
