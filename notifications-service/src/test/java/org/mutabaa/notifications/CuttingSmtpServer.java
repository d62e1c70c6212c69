package org.mutabaa.notifications;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain SMTP server that takes the first message to one address whole and then drops the
 * connection without its reply, the case where a sender cannot know the message was taken
 * (RFC 1047); every other message is answered as usual. It keeps each message's headers.
 */
public final class CuttingSmtpServer implements AutoCloseable {

    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*(<[^>]+>)");
    private static final Pattern TO = Pattern.compile("(?im)^To:\\s*(.+)$");

    private final ServerSocket socket;
    private final String cutFor;
    private final AtomicBoolean cut = new AtomicBoolean();
    private final List<Taken> taken = new CopyOnWriteArrayList<>();
    private final ExecutorService sessions = Executors.newCachedThreadPool();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    /** One message taken: to whom, its Message-ID, and whether its session was dropped before the reply. */
    public record Taken(String to, String messageId, boolean cut) {
    }

    public CuttingSmtpServer(int port, String cutFor) throws IOException {
        this.cutFor = cutFor;
        socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress("127.0.0.1", port));
        sessions.submit(this::accept);
    }

    public List<Taken> taken() {
        return List.copyOf(taken);
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                open.add(s);
                sessions.submit(() -> session(s));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void session(Socket s) {
        try (s; BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
             Writer out = new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8)) {
            reply(out, "220 localhost");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line;
                if (verb.equals("QUIT")) {
                    reply(out, "221 bye");
                    return;
                }
                if (!verb.equals("DATA")) {
                    reply(out, "250 ok");
                    continue;
                }
                reply(out, "354 go on");
                StringBuilder message = new StringBuilder();
                for (String l = in.readLine(); l != null && !l.equals("."); l = in.readLine()) {
                    message.append(l).append('\n');
                }
                String to = header(TO, message);
                boolean drop = to.contains(cutFor) && cut.compareAndSet(false, true);
                taken.add(new Taken(to, header(MESSAGE_ID, message), drop));
                if (drop) {
                    return; // taken, and the connection is gone before "250"
                }
                reply(out, "250 taken");
            }
        } catch (IOException e) {
            // the client went away
        } finally {
            open.remove(s);
        }
    }

    private static String header(Pattern header, CharSequence message) {
        Matcher m = header.matcher(message);
        return m.find() ? m.group(1).trim() : "";
    }

    private static void reply(Writer out, String line) throws IOException {
        out.write(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket s : open) {
            s.close(); // the sessions a client keeps open for more mail end too
        }
        sessions.shutdownNow();
    }
}
