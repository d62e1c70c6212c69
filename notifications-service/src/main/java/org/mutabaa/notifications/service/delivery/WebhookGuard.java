package org.mutabaa.notifications.service.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.notifications.config.NotificationsConfig;
import org.mutabaa.platform.problem.ProblemException;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Refuses webhook targets inside our own network, checked on every address the host resolves to,
 * at registration and again before each delivery; the delivery then connects to the address that
 * was checked (no second lookup a DNS server could answer differently). Refused: loopback,
 * private, link-local (cloud metadata), unique-local, carrier-grade NAT, benchmarking
 * (198.18.0.0/15), reserved (240.0.0.0/4, broadcast included), documentation, multicast and
 * unspecified addresses, and IPv6 addresses that carry an IPv4 one (NAT64, 6to4, Teredo,
 * IPv4-compatible), which could reach any of the former. Hosts listed in
 * {@code mutabaa.notifications.webhooks.allowed-hosts} are let through.
 */
@ApplicationScoped
public class WebhookGuard {

    /** A checked target: the URL and the address to connect to. */
    public record Target(URI uri, InetAddress address, int port) {
    }

    private final NotificationsConfig config;

    public WebhookGuard(NotificationsConfig config) {
        this.config = config;
    }

    /** The URL, checked; a 400 problem naming {@code field} when it is refused. */
    public Target check(String field, String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw ProblemException.invalidField(field, "is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        boolean https = scheme.equals("https");
        if (!https && !(scheme.equals("http") && !config.webhooks().requireHttps())) {
            throw ProblemException.invalidField(field, config.webhooks().requireHttps()
                    ? "must be an https:// URL" : "must be an http:// or https:// URL");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw ProblemException.invalidField(field, "has no host");
        }
        if (uri.getUserInfo() != null) {
            throw ProblemException.invalidField(field, "must not carry credentials");
        }
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw ProblemException.invalidField(field, "host " + host + " cannot be resolved");
        }
        List<String> allowed = config.webhooks().allowedHosts().orElse(List.of());
        if (!allowed.contains(host)) {
            for (InetAddress address : addresses) {
                if (internal(address)) {
                    throw ProblemException.invalidField(field, "points to an address inside our network or "
                            + "reserved (" + address.getHostAddress() + ")");
                }
            }
        }
        return new Target(uri, addresses[0], port);
    }

    static boolean internal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc // fc00::/7 unique local
                    || prefix(b, 0x00, 0x64, 0xff, 0x9b) // 64:ff9b::/96 and 64:ff9b:1::/48 NAT64
                    || prefix(b, 0x20, 0x02) // 2002::/16 6to4
                    || prefix(b, 0x20, 0x01, 0x00, 0x00) // 2001::/32 Teredo
                    || prefix(b, 0x20, 0x01, 0x0d, 0xb8) // 2001:db8::/32 documentation
                    || prefix(b, 0x01, 0x00, 0, 0, 0, 0, 0, 0) // 100::/64 discard
                    || prefix(b, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0); // ::/96 IPv4-compatible (and ::, ::1)
        }
        assert a instanceof Inet4Address;
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        int third = b[2] & 0xff;
        return first == 0 // 0.0.0.0/8
                || first == 100 && (second & 0xc0) == 64 // 100.64.0.0/10 carrier-grade NAT
                || first == 198 && (second & 0xfe) == 18 // 198.18.0.0/15 benchmarking
                || first >= 240 // 240.0.0.0/4 reserved, 255.255.255.255 broadcast
                || first == 192 && second == 0 && (third == 0 || third == 2) // 192.0.0.0/24, 192.0.2.0/24
                || first == 198 && second == 51 && third == 100 // 198.51.100.0/24 documentation
                || first == 203 && second == 0 && third == 113; // 203.0.113.0/24 documentation
    }

    private static boolean prefix(byte[] address, int... bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if ((address[i] & 0xff) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
