package org.marrow.app.web.page;

import java.util.List;

/**
 * A text of the pages' bundles with its arguments, rendered in the page's language by the template
 * ({@code ${#messages.msgWithParams(t.key, t.args)}}).
 *
 * @param key the message key
 * @param args the arguments
 */
public record PageText(String key, Object... args) {
    /**
     * The arguments as a list.
     *
     * @return the arguments
     */
    public List<Object> arguments() {
        return List.of(args);
    }
}
