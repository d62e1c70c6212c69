package org.mutabaa.notifications.service.rendering;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders a notification's subject and body from the Qute templates
 * {@code templates/notifications/<language>/<event>-subject.txt} and {@code -body.txt}.
 */
@ApplicationScoped
public class MessageRenderer {

    public record Message(String subject, String body) {
    }

    private final Engine engine;

    public MessageRenderer(Engine engine) {
        this.engine = engine;
    }

    /**
     * The email HTML of a plain-text message: {@code lang} and {@code dir} of its language
     * (Arabic right-to-left), paragraphs as written, text escaped, the link last.
     */
    public String html(String language, String subject, String body, String link) {
        List<List<String>> paragraphs = new ArrayList<>();
        for (String paragraph : body.split("\\n\\s*\\n")) {
            paragraphs.add(List.of(paragraph.strip().split("\\n")));
        }
        boolean ar = "ar".equals(language);
        Template template = engine.getTemplate("notifications/email.html");
        return template.data("language", ar ? "ar" : "en").data("direction", ar ? "rtl" : "ltr")
                .data("align", ar ? "right" : "left").data("subject", subject).data("paragraphs", paragraphs)
                .data("link", link).data("linkLabel", ar ? "افتح في متابعة" : "Open in Mutabaa").render();
    }

    public Message render(String event, String language, Map<String, Object> data) {
        return new Message(template(event, language, "subject").data(data).render().strip(),
                template(event, language, "body").data(data).render().strip());
    }

    private Template template(String event, String language, String part) {
        String id = "notifications/" + language + "/" + event + "-" + part;
        Template template = engine.getTemplate(id);
        if (template == null) {
            throw new IllegalStateException("missing template " + id);
        }
        return template;
    }
}
