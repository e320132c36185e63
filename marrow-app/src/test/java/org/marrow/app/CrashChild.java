package org.marrow.app;

import java.nio.file.Path;
import org.marrow.app.study.Studies;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The JVM that {@link CrashRecoveryTest} kills: starts Marrow on a data directory, then writes sites one by one,
 * printing {@code ack CODE} after each commit, until it is killed.
 */
public final class CrashChild {
    private CrashChild() {}

    /**
     * Runs until killed.
     *
     * @param args the data directory
     */
    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext c = MarrowServer.offline(new MarrowServer.Options(0, Path.of(args[0]), null));
        Studies studies = c.getBean(Studies.class);
        System.out.println("ready");
        System.out.flush();
        for (int i = 0; ; i++) {
            String code = "ACK-" + i;
            studies.createSite(code, "Hospital " + i);
            System.out.println("ack " + code);
            System.out.flush();
        }
    }
}
