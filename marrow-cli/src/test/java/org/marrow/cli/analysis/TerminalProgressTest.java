package org.marrow.cli.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress bar draws in place and clears its line when done. */
class TerminalProgressTest {
    @Test
    void drawsTheBarAndClearsItAtTheEnd() {
        StringWriter s = new StringWriter();
        TerminalProgress p = new TerminalProgress(new PrintWriter(s, true));
        p.update("deriving endpoints", 1, 4);
        assertThat(s.toString()).startsWith("\r[#######").contains("25% deriving endpoints 1/4");
        p.update("deriving endpoints", 4, 4);
        assertThat(s.toString()).contains("100% deriving endpoints 4/4").endsWith("\r");
    }

    @Test
    void throttlesRedrawsBetweenTheFirstAndTheLast() {
        StringWriter s = new StringWriter();
        TerminalProgress p = new TerminalProgress(new PrintWriter(s, true));
        for (int i = 1; i < 1000; i++) {
            p.update("x", i, 1000);
        }
        assertThat(s.toString().split("\r").length).isLessThan(100);
    }
}
