package org.marrow.dataset;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marrow.clinical.message.Message;
import org.marrow.study.RecordField;
import org.marrow.study.RecordType;
import org.marrow.study.StudyDataset;

/**
 * The files of a study data set folder, in their canonical order, one per {@link RecordType}, each
 * with its columns: the record type's fields in canonical order (docs/dataset-format.md). Only {@link
 * #SUBJECTS} is required; a column of an optional field may be left out of the header.
 */
public enum DatasetFile {
    /** One row per subject (candidate or enrolled). */
    SUBJECTS("subjects.csv"),
    /** Dated lab values with their units. */
    LABS("labs.csv"),
    /** Red cell and platelet transfusions. */
    TRANSFUSIONS("transfusions.csv"),
    /** Doses of study and supportive drugs given. */
    DOSES("doses.csv"),
    /** Adverse events as the investigator recorded them. */
    ADVERSE_EVENTS("adverse_events.csv"),
    /** Study events: transplant, death, relapse, clonal evolution, withdrawal, loss to follow-up. */
    EVENTS("events.csv"),
    /** Screening history items used by eligibility rules. */
    SCREENING_HISTORY("screening_history.csv"),
    /** Somatic mutation test results: a mutation with its VAF, or none detected. */
    MUTATIONS("mutations.csv");

    private final String fileName;

    DatasetFile(String fileName) {
        this.fileName = fileName;
    }

    /**
     * The file's name in the folder.
     *
     * @return e.g. {@code "labs.csv"}
     */
    public String fileName() {
        return fileName;
    }

    /**
     * All columns, in canonical order.
     *
     * @return the column names
     */
    public List<String> columns() {
        return recordType().fields().stream().map(RecordField::fieldName).toList();
    }

    /**
     * The columns that may be left out of the header (their values may be empty).
     *
     * @return the optional column names
     */
    public List<String> optionalColumns() {
        RecordType type = recordType();
        return type.fields().stream()
                .filter(type::isOptional)
                .map(RecordField::fieldName)
                .toList();
    }

    /**
     * The columns the writer writes: every column, except {@code screened_on} of {@code subjects.csv}
     * when no subject has a screening date, so that a data set without screening dates keeps the
     * canonical form (and content hash) it had before the column existed.
     *
     * @param dataset the data set written
     * @return the fields written, in canonical order
     */
    public List<RecordField> writtenFields(StudyDataset dataset) {
        List<RecordField> fields = new ArrayList<>(recordType().fields());
        if (this == SUBJECTS
                && dataset.subjects().stream().noneMatch(s -> s.screenedOn().isPresent())) {
            fields.remove(RecordField.SCREENED_ON);
        }
        return fields;
    }

    /**
     * Whether the folder must contain this file.
     *
     * @return true only for {@link #SUBJECTS}
     */
    public boolean isRequired() {
        return this == SUBJECTS;
    }

    /**
     * The kind of record the file holds.
     *
     * @return the record type of the same name
     */
    public RecordType recordType() {
        return RecordType.valueOf(name());
    }

    /**
     * The file that holds a kind of record.
     *
     * @param type the record type
     * @return the file
     */
    public static DatasetFile of(RecordType type) {
        return valueOf(type.name());
    }

    /**
     * The files a data set folder written from a data set has, in canonical order.
     *
     * @param dataset the data set
     * @return one file per {@link StudyDataset#recordTypes()}
     */
    public static Set<DatasetFile> filesOf(StudyDataset dataset) {
        Set<DatasetFile> files = EnumSet.noneOf(DatasetFile.class);
        for (RecordType type : dataset.recordTypes()) {
            files.add(of(type));
        }
        return files;
    }

    /**
     * Finds the file with a name.
     *
     * @param fileName a file name, e.g. {@code "labs.csv"}
     * @return the file, or empty if the name is not a data set file
     */
    public static Optional<DatasetFile> byName(String fileName) {
        for (DatasetFile file : values()) {
            if (file.fileName.equals(fileName)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /** The columns for a message, each optional one marked: {@code subject_id, ..., arm (optional)}. */
    List<Object> describeColumns() {
        RecordType type = recordType();
        List<Object> columns = new ArrayList<>();
        for (RecordField field : type.fields()) {
            columns.add(
                    type.isOptional(field)
                            ? Message.of("dataset.column.optional", field.fieldName())
                            : field.fieldName());
        }
        return columns;
    }
}
