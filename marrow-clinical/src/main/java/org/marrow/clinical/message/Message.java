package org.marrow.clinical.message;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Something Marrow tells a user, as data: a message code and its arguments, rendered in the user's
 * language only at the edge (the CLI, the pages, the report) by {@link MessageRenderer}
 * (ARCHITECTURE.md, principle 2). Nothing reads a rendered message back; a rule's result is its
 * outcome and its evidence, the message only says it.
 *
 * <p>The code's first segment names the module whose bundle holds it: {@code clinical.} codes are in
 * {@code org/marrow/clinical/messages.properties}, {@code protocol.} codes in {@code
 * org/marrow/protocol/messages.properties}, and so on, each with a {@code messages_zh_CN.properties}
 * beside it.
 *
 * <p>An argument is a value, rendered by its type: another {@code Message} (rendered in the same
 * language), a {@link java.time.LocalDate} (ISO 8601), a {@link java.math.BigDecimal} (plain, without
 * trailing zeros), an {@link Enum} (its bundle's {@code enum.<SimpleName>.<NAME>} entry if there is
 * one, else its {@code toString()}), a {@link java.util.Collection} (its elements, each rendered, joined
 * with the language's list separator), or anything else by {@code toString()} (identifiers, units,
 * numbers).
 *
 * @param code the message code, e.g. {@code "clinical.severity.saa"}
 * @param args the arguments, referred to in the text as {@code {0}}, {@code {1}}, ...
 */
public record Message(String code, List<Object> args) {
    private static final Pattern CODE = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9_-]+)+");
    // Codes already checked: rules build messages on every evaluation, and a set look-up of an
    // interned literal costs less than a match of the pattern.
    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();
    private static final Message EMPTY = new Message("clinical.empty", List.of());

    /**
     * Checks and copies the message.
     *
     * @throws NullPointerException if the code, the list or an argument is null
     * @throws IllegalArgumentException if the code is not dot-separated words starting with the module
     *     name, e.g. {@code clinical.severity.saa}
     */
    public Message {
        Objects.requireNonNull(code, "code");
        if (!CHECKED.contains(code)) {
            if (!CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("Message code '" + code
                        + "' must be dot-separated words starting with the module name, e.g. clinical.severity.saa");
            }
            CHECKED.add(code);
        }
        args = List.copyOf(args);
    }

    /**
     * A message.
     *
     * @param code the message code
     * @param args the arguments
     * @return the message
     * @throws NullPointerException if the code or an argument is null
     * @throws IllegalArgumentException if the code is malformed
     */
    public static Message of(String code, Object... args) {
        return new Message(code, Arrays.asList(args));
    }

    /**
     * Messages said one after the other, separated by semicolons ({@code "a; b; c"} in English), as
     * nested messages so that each part is rendered in the same language: a finding's reason lists
     * the reasons of its parts this way.
     *
     * @param parts the parts, in order
     * @return the parts joined; the empty message when there are none; the part itself when one
     * @throws NullPointerException if the list or a part is null
     */
    public static Message joined(List<Message> parts) {
        if (parts.isEmpty()) {
            return EMPTY;
        }
        Message joined = Objects.requireNonNull(parts.get(parts.size() - 1), "part");
        for (int i = parts.size() - 2; i >= 0; i--) {
            joined = of("clinical.joined", Objects.requireNonNull(parts.get(i), "part"), joined);
        }
        return joined;
    }

    /**
     * The message without text: an empty criterion or note.
     *
     * @return the empty message, {@code clinical.empty}
     */
    public static Message empty() {
        return EMPTY;
    }

    /**
     * The module whose bundle holds the code: its first segment.
     *
     * @return e.g. {@code "clinical"}
     */
    public String module() {
        return code.substring(0, code.indexOf('.'));
    }

    /** The code and arguments, for logs and test failures; users see {@link MessageRenderer}'s text. */
    @Override
    public String toString() {
        return args.isEmpty() ? code : code + args;
    }
}
