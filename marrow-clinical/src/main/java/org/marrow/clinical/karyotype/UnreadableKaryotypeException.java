package org.marrow.clinical.karyotype;

import org.marrow.clinical.message.Message;

/**
 * A karyotype that {@link Karyotype#parse} cannot read: the reason names the part it stopped at and
 * what it expected there, as a message for the user's language.
 */
public final class UnreadableKaryotypeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The reason (a message code with its arguments). */
    private final transient Message reason;

    UnreadableKaryotypeException(Message reason) {
        super(reason.toString());
        this.reason = reason;
    }

    /**
     * Why the karyotype cannot be read.
     *
     * @return the reason, e.g. "'+7q' is not an ISCN abnormality"
     */
    public Message reason() {
        return reason;
    }
}
