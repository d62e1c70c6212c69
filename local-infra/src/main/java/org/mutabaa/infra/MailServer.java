package org.mutabaa.infra;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail, in memory) for local use and tests: notifications-service mails
 * to it; with an IMAP port, any mail client reads each recipient's messages with the address as
 * user and password.
 */
public final class MailServer implements AutoCloseable {

    private final GreenMail server;

    private MailServer(GreenMail server) {
        this.server = server;
    }

    /** SMTP on {@code smtpPort}; IMAP too unless {@code imapPort} is 0. */
    public static MailServer start(int smtpPort, int imapPort) {
        List<ServerSetup> setups = new ArrayList<>();
        setups.add(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        if (imapPort != 0) {
            setups.add(new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        }
        GreenMail server = new GreenMail(setups.toArray(ServerSetup[]::new))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        return new MailServer(server);
    }

    /** Messages received so far, oldest first. */
    public List<Mail> received() {
        return Arrays.stream(server.getReceivedMessages()).map(Mail::of).toList();
    }

    /**
     * Stops the server as an SMTP outage would: no new connection is accepted, the sessions under
     * way end; returns every message it accepted. The messages are read once it has stopped, from
     * the store it had: a session accepted while it was stopping still stores what it took.
     */
    public List<Mail> stop() {
        Managers store = server.getManagers();
        server.stop();
        return store.getImapHostManager().getAllMessages().stream().map(m -> Mail.of(m.getMimeMessage())).toList();
    }

    @Override
    public void close() {
        server.stop();
    }

    /**
     * One received message: to whom, subject, its plain-text and HTML parts, its content type, its
     * Message-ID, and the files attached to it.
     */
    public record Mail(String to, String subject, String text, String html, String contentType, String messageId,
                       java.util.List<Attachment> attachments) {

        /** A file attached to a message. */
        public record Attachment(String name, String contentType, byte[] bytes) {
        }

        public static Mail of(MimeMessage m) {
            try {
                String[] parts = {"", ""};
                java.util.List<Attachment> attachments = new java.util.ArrayList<>();
                collect(m.getContent(), parts, attachments);
                return new Mail(m.getRecipients(Message.RecipientType.TO)[0].toString(), m.getSubject(), parts[0],
                        parts[1], m.getContentType(), m.getMessageID(), java.util.List.copyOf(attachments));
            } catch (Exception e) {
                throw new IllegalStateException("unreadable message", e);
            }
        }

        private static void collect(Object content, String[] parts, java.util.List<Attachment> attachments)
                throws Exception {
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart part = multipart.getBodyPart(i);
                    if (part.getFileName() != null) {
                        try (java.io.InputStream in = part.getInputStream()) {
                            attachments.add(new Attachment(part.getFileName(), part.getContentType(), in.readAllBytes()));
                        }
                    } else if (part.isMimeType("text/plain")) {
                        parts[0] = (String) part.getContent();
                    } else if (part.isMimeType("text/html")) {
                        parts[1] = (String) part.getContent();
                    } else {
                        collect(part.getContent(), parts, attachments);
                    }
                }
            } else if (content instanceof String text) {
                parts[0] = text;
            }
        }
    }
}
