package org.mutabaa.notifications.service;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;

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
