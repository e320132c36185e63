package org.marrow.dataset;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marrow.study.RecordType;
import org.marrow.study.StudyDataset;

/**
 * The files of a study data set folder, in their canonical order, each with its columns in canonical
 * order (docs/dataset-format.md), one per {@link RecordType}. Only {@link #SUBJECTS} is required; a column that may be empty may
 * also be left out of the header.
 */
public enum DatasetFile {
    /** One row per subject (candidate or enrolled). */
    SUBJECTS(
            "subjects.csv",
            List.of(
                    "subject_id",
                    "site",
                    "arm",
                    "sex",
                    "birth_date",
                    "weight_kg",
                    "height_cm",
                    "enrolled_on",
                    "first_dose_on"),
            List.of("arm", "enrolled_on", "first_dose_on")),
    /** Dated lab values with their units. */
    LABS("labs.csv", List.of("subject_id", "date", "test", "value", "unit", "lln", "uln"), List.of("lln", "uln")),
    /** Red cell and platelet transfusions. */
    TRANSFUSIONS("transfusions.csv", List.of("subject_id", "date", "product", "units"), List.of()),
    /** Doses of study and supportive drugs given. */
    DOSES("doses.csv", List.of("subject_id", "date", "drug", "dose", "unit"), List.of()),
    /** Adverse events as the investigator recorded them. */
    ADVERSE_EVENTS(
            "adverse_events.csv",
            List.of("subject_id", "term", "grade", "start_date", "end_date", "serious", "related_to"),
            List.of("end_date", "related_to")),
    /** Study events: transplant, death, relapse, clonal evolution, withdrawal, loss to follow-up. */
    EVENTS("events.csv", List.of("subject_id", "date", "type", "note"), List.of("note")),
    /** Screening history items used by eligibility rules. */
    SCREENING_HISTORY(
            "screening_history.csv", List.of("subject_id", "item", "value", "date", "note"), List.of("date", "note"));

    private final String fileName;
    private final List<String> columns;
    private final List<String> optionalColumns;

    DatasetFile(String fileName, List<String> columns, List<String> optionalColumns) {
        this.fileName = fileName;
        this.columns = columns;
        this.optionalColumns = optionalColumns;
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
     * All columns, in the order the writer writes them.
     *
     * @return the column names
     */
    public List<String> columns() {
        return columns;
    }

    /**
     * The columns that may be left out of the header (their values may be empty).
     *
     * @return the optional column names
     */
    public List<String> optionalColumns() {
        return optionalColumns;
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

    String describeColumns() {
        StringBuilder text = new StringBuilder();
        for (String column : columns) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(column);
            if (optionalColumns.contains(column)) {
                text.append(" (optional)");
            }
        }
        return text.toString();
    }
}
