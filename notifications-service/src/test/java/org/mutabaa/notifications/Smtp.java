package org.mutabaa.notifications;

import org.mutabaa.infra.MailServer;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** The tests' real SMTP server, on a port of its own, which a test may take down and bring back. */
public final class Smtp {

    private static int port;
    private static MailServer server;
    private static final List<MailServer.Mail> earlier = new ArrayList<>();

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
            server = MailServer.start(port, 0);
        }
    }

    /** The server goes away: connections are refused until {@link #start()}. Mail received so far is kept. */
    public static synchronized void stop() {
        if (server != null) {
            earlier.addAll(server.stop());
            server = null;
        }
    }

    public static int port() {
        return port;
    }

    /** Every message received since the test run began. */
    public static synchronized List<MailServer.Mail> received() {
        List<MailServer.Mail> all = new ArrayList<>(earlier);
        if (server != null) {
            all.addAll(server.received());
        }
        return all;
    }

    /** Received messages whose text mentions {@code reference} (a decision or action id). */
    public static List<MailServer.Mail> about(String reference) {
        return received().stream().filter(m -> m.text().contains(reference)).toList();
    }
}
