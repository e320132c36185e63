package org.marrow.app.audit;

import java.util.List;

/**
 * The result of checking the audit chain.
 *
 * @param intact whether every row's hash matches its content and links to the previous row, with no
 *     row missing and the chain head at the last row
 * @param rowsChecked how many rows were read
 * @param problems what is broken, one line each (empty when intact)
 */
public record AuditVerification(boolean intact, long rowsChecked, List<String> problems) {

    /**
     * Copies the problems.
     *
     * @throws NullPointerException if problems is null
     */
    public AuditVerification {
        problems = List.copyOf(problems);
    }
}
