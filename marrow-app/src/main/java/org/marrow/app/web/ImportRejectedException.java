package org.marrow.app.web;

import java.util.List;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.message.MessageRenderer;

/**
 * A data set that cannot be imported: answered with 400 and every problem found, rendered in the
 * request's language. Nothing is stored.
 */
public final class ImportRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Message summary;
    private final transient List<ImportProblem> problems;

    /**
     * One problem of the data set or of the zip file.
     *
     * @param location where: a file of the data set, {@code labs.csv:4:4}, never a server path
     * @param field the column, or null
     * @param value the value, or null
     * @param message what is wrong, as a renderable message
     * @param warning whether it is only a warning
     */
    public record ImportProblem(String location, String field, String value, Message message, boolean warning) {}

    /**
     * Creates the exception.
     *
     * @param summary what is wrong, in one line
     * @param problems every problem
     */
    public ImportRejectedException(Message summary, List<ImportProblem> problems) {
        super(MessageRenderer.english().render(summary));
        this.summary = summary;
        this.problems = List.copyOf(problems);
    }

    /**
     * What is wrong, in one line.
     *
     * @return the summary
     */
    public Message summary() {
        return summary;
    }

    /**
     * The problems.
     *
     * @return every problem, in file and line order
     */
    public List<ImportProblem> problems() {
        return problems;
    }
}
