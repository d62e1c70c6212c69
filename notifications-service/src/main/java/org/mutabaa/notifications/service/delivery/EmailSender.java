package org.mutabaa.notifications.service.delivery;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.UUID;

/**
 * Sends one email over SMTP: an HTML part and a plain-text part, with a Message-ID made from the
 * delivery's id. SMTP cannot tell a sender whether a message was taken when the connection breaks
 * after its last line and before the server's reply (RFC 1047); the attempt then counts as failed
 * and the message goes again, under the same Message-ID, so that the copy is known for the same
 * message.
 */
@ApplicationScoped
public class EmailSender {

    private final Mailer mailer;
    private final String domain;

    public EmailSender(Mailer mailer, @ConfigProperty(name = "quarkus.mailer.from") String from) {
        this.mailer = mailer;
        this.domain = domainOf(from);
    }

    public void send(UUID deliveryId, String to, String subject, String text, String html) {
        send(deliveryId, to, subject, text, html, null, null);
    }

    /** The same with a file attached (a quarterly report's PDF) when {@code attachment} is given. */
    public void send(UUID deliveryId, String to, String subject, String text, String html, String attachmentName,
                     byte[] attachment) {
        Mail mail = Mail.withHtml(to, subject, html).setText(text).addHeader("Message-ID", messageId(deliveryId));
        if (attachment != null) {
            mail.addAttachment(attachmentName == null ? "report.pdf" : attachmentName, attachment, "application/pdf");
        }
        mailer.send(mail);
    }

    /** {@code <delivery-id@domain of the From address>}. */
    String messageId(UUID deliveryId) {
        return "<" + deliveryId + "@" + domain + ">";
    }

    /** The domain of an address such as {@code Mutabaa <mutabaa@example.gov>}; "localhost" when it has none. */
    static String domainOf(String from) {
        int at = from.lastIndexOf('@');
        if (at < 0) {
            return "localhost";
        }
        String rest = from.substring(at + 1);
        int end = rest.indexOf('>');
        String domain = (end < 0 ? rest : rest.substring(0, end)).trim();
        return domain.isEmpty() ? "localhost" : domain;
    }
}
