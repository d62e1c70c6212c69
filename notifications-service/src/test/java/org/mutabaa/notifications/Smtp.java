package org.mutabaa.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server (GreenMail) on a port of its own, which a test may take down and bring back. */
public final class Smtp {

    private static int port;
    private static GreenMail server;

    private Smtp() {
    }

    public static synchronized void start() {
        if (port == 0) {
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /** The server goes away: connections are refused until {@link #start()}. Mail received so far is kept. */
    public static synchronized void stop() {
        if (server != null) {
            received.addAll(Arrays.asList(server.getReceivedMessages()));
            server.stop();
            server = null;
        }
    }

    private static final List<MimeMessage> received = new ArrayList<>();

    public static int port() {
        return port;
    }

    /** Every message received since the test run began. */
    public static synchronized List<Mail> received() {
        List<MimeMessage> all = new ArrayList<>(received);
        if (server != null) {
            all.addAll(Arrays.asList(server.getReceivedMessages()));
        }
        return all.stream().map(Mail::of).toList();
    }

    /** Received messages whose text mentions {@code reference} (a decision or action id). */
    public static List<Mail> about(String reference) {
        return received().stream().filter(m -> m.text().contains(reference)).toList();
    }

    /** One received message: to whom, subject, plain-text part, HTML part. */
    public record Mail(String to, String subject, String text, String html, String contentType) {

        static Mail of(MimeMessage m) {
            try {
                String text = "";
                String html = "";
                Object content = m.getContent();
                if (content instanceof Multipart multipart) {
                    for (int i = 0; i < multipart.getCount(); i++) {
                        BodyPart part = multipart.getBodyPart(i);
                        if (part.isMimeType("text/plain")) {
                            text = (String) part.getContent();
                        } else if (part.isMimeType("text/html")) {
                            html = (String) part.getContent();
                        } else if (part.getContent() instanceof Multipart inner) {
                            for (int j = 0; j < inner.getCount(); j++) {
                                BodyPart p = inner.getBodyPart(j);
                                if (p.isMimeType("text/plain")) {
                                    text = (String) p.getContent();
                                } else if (p.isMimeType("text/html")) {
                                    html = (String) p.getContent();
                                }
                            }
                        }
                    }
                } else {
                    text = String.valueOf(content);
                }
                return new Mail(m.getRecipients(Message.RecipientType.TO)[0].toString(), m.getSubject(), text, html,
                        m.getContentType());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
