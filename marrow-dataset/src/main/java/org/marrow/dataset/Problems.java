package org.marrow.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one reading, then sorts them by file, line and column. */
final class Problems {
    private final List<DatasetProblem> list = new ArrayList<>();

    void add(DatasetProblem problem) {
        list.add(problem);
    }

    void addAll(Problems other) {
        list.addAll(other.list);
    }

    void fileError(String file, String description) {
        list.add(new DatasetProblem(DatasetProblem.Level.ERROR, file, 0, 0, "", "", description));
    }

    void fileWarning(String file, String description) {
        list.add(new DatasetProblem(DatasetProblem.Level.WARNING, file, 0, 0, "", "", description));
    }

    void lineError(String file, long line, int column, String description) {
        list.add(new DatasetProblem(DatasetProblem.Level.ERROR, file, line, column, "", "", description));
    }

    boolean hasErrors() {
        return list.stream().anyMatch(DatasetProblem::isError);
    }

    /**
     * The problems ordered by file ({@code fileOrder} ranks), then line and column; the order of
     * discovery is kept among equals.
     */
    List<DatasetProblem> sorted(java.util.function.ToIntFunction<String> fileOrder) {
        List<DatasetProblem> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingInt((DatasetProblem p) -> fileOrder.applyAsInt(p.file()))
                .thenComparingLong(DatasetProblem::line)
                .thenComparingInt(DatasetProblem::column));
        return List.copyOf(sorted);
    }
}
