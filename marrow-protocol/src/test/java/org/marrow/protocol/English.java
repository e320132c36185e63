package org.marrow.protocol;

import java.util.List;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.message.MessageRenderer;

/** Renders messages in English, as the CLI shows them, for assertions on the text. */
public final class English {
    private English() {}

    /**
     * The English text of a message.
     *
     * @param message the message
     * @return its text
     */
    public static String en(Message message) {
        return MessageRenderer.english().render(message);
    }

    /**
     * The English texts of messages.
     *
     * @param messages the messages
     * @return their texts, in order
     */
    public static List<String> en(List<Message> messages) {
        return messages.stream().map(English::en).toList();
    }
}
