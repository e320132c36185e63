package org.marrow.cli.analysis;

import java.io.PrintWriter;
import org.marrow.analysis.endpoint.Progress;

/**
 * A progress bar on standard error for long runs, redrawn in place ({@code \r}) at most every
 * 100 ms and on completion. Used only when a console is attached, so pipes, files and tests never
 * see it.
 */
final class TerminalProgress implements Progress {
    private static final int WIDTH = 30;
    private static final long INTERVAL_NANOS = 100_000_000L;

    private final PrintWriter err;
    private long last;
    private boolean drawn;

    TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    /**
     * A progress bar if standard input and output are a terminal, else nothing.
     *
     * @param err where to draw it
     * @return the progress receiver
     */
    static Progress forConsole(PrintWriter err) {
        return System.console() != null ? new TerminalProgress(err) : Progress.NONE;
    }

    @Override
    public void update(String stage, long done, long total) {
        long now = System.nanoTime();
        boolean finished = done >= total;
        if (!finished && drawn && now - last < INTERVAL_NANOS) {
            return;
        }
        last = now;
        drawn = true;
        int filled = total <= 0 ? WIDTH : (int) (WIDTH * Math.min(done, total) / total);
        int pct = total <= 0 ? 100 : (int) (100 * Math.min(done, total) / total);
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + pct + "% " + stage + " " + done + "/"
                + total);
        if (finished) {
            err.print("\r" + " ".repeat(WIDTH + stage.length() + 40) + "\r");
        }
        err.flush();
    }

    /** Says what comes next on the progress line (a stage without counts). */
    void stage(String text) {
        err.print("\r" + text + " ".repeat(Math.max(0, WIDTH + 40 - text.length())) + "\r");
        err.flush();
    }
}
