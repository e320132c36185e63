package org.marrow.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/** Collects every problem of one protocol file, with 1-based line and column. */
final class Problems {
    private final String source;
    private final List<ProtocolProblem> list = new ArrayList<>();

    Problems(String source) {
        this.source = source;
    }

    void report(Node node, String path, String message) {
        Mark mark = node == null ? null : node.getStartMark().orElse(null);
        report(mark, path, message);
    }

    void report(Mark mark, String path, String message) {
        int line = mark == null ? 0 : mark.getLine() + 1;
        int column = mark == null ? 0 : mark.getColumn() + 1;
        list.add(new ProtocolProblem(source, line, column, path, message));
    }

    String source() {
        return source;
    }

    int count() {
        return list.size();
    }

    List<ProtocolProblem> all() {
        return list;
    }

    /**
     * Builds a value from parts already read. If a part was missing (already reported) the
     * constructor's NullPointerException is swallowed; an IllegalArgumentException from the
     * constructor's own checks is reported at {@code node}.
     */
    <T> T build(int problemsBefore, Node node, String path, Supplier<T> constructor) {
        if (list.size() > problemsBefore) {
            return null;
        }
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            report(node, path, e.getMessage());
            return null;
        }
    }
}
