package org.marrow.app.assessment;

import java.util.List;
import java.util.Locale;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.message.MessageRenderer;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Renders the rules' messages (findings, advice, notes) in the language of the current request: the
 * page's language for the pages, the request's Accept-Language for the REST API, English without a
 * request or a language. The templates call it as {@code ${@messageText.of(message)}}.
 */
@Component("messageText")
public class MessageText {

    /**
     * The renderer of the current request's language.
     *
     * @return English or Simplified Chinese
     */
    public MessageRenderer renderer() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        Locale locale = context == null ? null : context.getLocale();
        return MessageRenderer.of(locale == null ? Locale.ENGLISH : locale);
    }

    /**
     * A message in the current request's language.
     *
     * @param message the message
     * @return its text
     */
    public String of(Message message) {
        return renderer().render(message);
    }

    /**
     * Messages in the current request's language.
     *
     * @param messages the messages
     * @return their texts, in order
     */
    public List<String> of(List<Message> messages) {
        MessageRenderer renderer = renderer();
        return messages.stream().map(renderer::render).toList();
    }
}
