package org.mutabaa.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Port helpers: find a free loopback port, or fail early with a clear message. */
public final class Ports {

    private Ports() {
    }

    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port on the loopback interface", e);
        }
    }

    public static void requireFree(int port, String what) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " for " + what
                    + " is already in use; is another Mutabaa running? Set another port or MUTABAA_HOME.");
        }
    }
}
