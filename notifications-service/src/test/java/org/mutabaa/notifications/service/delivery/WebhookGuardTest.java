package org.mutabaa.notifications.service.delivery;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which addresses a webhook may point to: each range inside our network or reserved, and its neighbours. */
class WebhookGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.0.1", "169.254.169.254", "0.0.0.0",
            "100.64.0.1", "100.127.255.254", "198.18.0.0", "198.19.255.255", "240.0.0.1", "255.255.255.255",
            "224.0.0.1", "192.0.0.8", "192.0.2.1", "198.51.100.7", "203.0.113.9",
            "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "64:ff9b::a00:1", "64:ff9b:1::a00:1",
            "2002:a00:1::1", "2002:808:808::1", "2001:0:4136:e378::1", "2001:db8::1", "100::1", "::10.0.0.1",
            "::8.8.8.8", "::ffff:10.0.0.1", "::ffff:127.0.0.1"})
    void refused(String address) throws UnknownHostException {
        assertThat(WebhookGuard.internal(InetAddress.getByName(address))).as(address).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "100.63.255.255", "100.128.0.1", "198.17.255.255", "198.20.0.1",
            "172.32.0.1", "192.0.3.1", "203.0.114.1",
            "2a00:1450:4001::200e", "2001:4860:4860::8888", "2003::1", "64:ff9c::1"})
    void allowed(String address) throws UnknownHostException {
        assertThat(WebhookGuard.internal(InetAddress.getByName(address))).as(address).isFalse();
    }
}
