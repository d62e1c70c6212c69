package org.mutabaa.notifications.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;

/** Sends one email over SMTP: an HTML part and a plain-text part. */
@ApplicationScoped
public class EmailSender {

    private final Mailer mailer;

    public EmailSender(Mailer mailer) {
        this.mailer = mailer;
    }

    public void send(String to, String subject, String text, String html) {
        mailer.send(Mail.withHtml(to, subject, html).setText(text));
    }
}
