package org.marrow.dataset;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.marrow.study.StudyDataset;

/**
 * The outcome of reading a data set folder: the data set if it has no errors, and every problem
 * found, errors and warnings, in file and line order.
 *
 * @param dataset the data set, empty if there are errors
 * @param problems every problem found
 */
public record DatasetReading(Optional<StudyDataset> dataset, List<DatasetProblem> problems) {

    /**
     * Checks and copies the reading.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a data set is given together with errors, or neither is
     */
    public DatasetReading {
        Objects.requireNonNull(dataset, "dataset");
        problems = List.copyOf(problems);
        boolean errors = problems.stream().anyMatch(DatasetProblem::isError);
        if (dataset.isPresent() == errors) {
            throw new IllegalArgumentException("A reading has either a data set or errors, not both or neither");
        }
    }

    /**
     * Whether the folder had no errors.
     *
     * @return true if the data set is present
     */
    public boolean isValid() {
        return dataset.isPresent();
    }

    /**
     * The errors.
     *
     * @return the problems of level ERROR
     */
    public List<DatasetProblem> errors() {
        return problems.stream().filter(DatasetProblem::isError).toList();
    }

    /**
     * The warnings.
     *
     * @return the problems of level WARNING
     */
    public List<DatasetProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /**
     * The data set, or the exception listing every problem.
     *
     * @return the data set
     * @throws DatasetException if there are errors
     */
    public StudyDataset orThrow() {
        return dataset.orElseThrow(() -> new DatasetException(problems));
    }
}
