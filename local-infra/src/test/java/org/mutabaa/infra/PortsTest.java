package org.mutabaa.infra;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The launcher finds free ports and says plainly when the one it needs is taken. */
class PortsTest {

    @Test
    void aFreePortCanBeBoundOnLoopback() throws Exception {
        int port = Ports.free();
        assertThat(port).isBetween(1, 65535);
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void aTakenPortIsRefusedNamingWhatNeededIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> Ports.requireFree(taken.getLocalPort(), "meetings-service"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("port " + taken.getLocalPort() + " for meetings-service is already in use");
        }
    }

    @Test
    void aPortLetGoIsFreeAgain() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        assertThatCode(() -> Ports.requireFree(port, "actions-service")).doesNotThrowAnyException();
    }
}
