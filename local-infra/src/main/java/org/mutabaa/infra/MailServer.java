package org.mutabaa.infra;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server for local use (GreenMail, in memory): notifications-service mails to it, and
 * any mail client reads each recipient's messages over IMAP with the address as user and password.
 */
public final class MailServer implements AutoCloseable {

    private final GreenMail server;

    private MailServer(GreenMail server) {
        this.server = server;
    }

    public static MailServer start(int smtpPort, int imapPort) {
        GreenMail server = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        return new MailServer(server);
    }

    /** Messages received so far. */
    public int received() {
        return server.getReceivedMessages().length;
    }

    @Override
    public void close() {
        server.stop();
    }
}
