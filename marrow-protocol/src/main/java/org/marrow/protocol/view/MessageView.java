package org.marrow.protocol.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.marrow.clinical.message.Message;

/**
 * A message as data, for a client that renders it in its own language: the code (a key of the
 * module's bundle, {@code org/marrow/<module>/messages.properties}) and the arguments, each a string,
 * a number, an ISO date, a list, or a nested message. An enum argument is written as its constant
 * name (the bundle's {@code enum.<Type>.<NAME>} entry gives its text).
 *
 * @param code the message code, e.g. {@code "clinical.threshold.is"}
 * @param args the arguments, referred to in the text as {0}, {1}, ...
 */
public record MessageView(String code, List<Object> args) {

    /**
     * Checks and copies the view.
     *
     * @throws NullPointerException if the code, the list or an argument is null
     */
    public MessageView {
        java.util.Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    /**
     * The view of a message.
     *
     * @param message the message
     * @return its view
     * @throws NullPointerException if {@code message} is null
     */
    public static MessageView of(Message message) {
        return new MessageView(
                message.code(), message.args().stream().map(MessageView::arg).toList());
    }

    /**
     * The views of messages.
     *
     * @param messages the messages
     * @return their views, in order
     */
    public static List<MessageView> of(List<Message> messages) {
        return messages.stream().map(MessageView::of).toList();
    }

    private static Object arg(Object value) {
        if (value instanceof Message m) {
            return of(m);
        }
        if (value instanceof BigDecimal b) {
            return EvidenceView.plain(b);
        }
        if (value instanceof Number || value instanceof LocalDate || value instanceof String) {
            return value;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(MessageView::arg).toList();
        }
        return value.toString();
    }
}
