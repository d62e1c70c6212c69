package org.mutabaa.notifications.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.notifications.config.NotificationsConfig;
import org.mutabaa.platform.problem.ProblemException;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Refuses webhook targets inside our own network: loopback, private, link-local (cloud metadata),
 * unique-local, carrier-grade NAT, multicast and unspecified addresses, checked on every address
 * the host resolves to, at registration and again before each delivery. Hosts listed in
 * {@code mutabaa.notifications.webhooks.allowed-hosts} are let through.
 */
@ApplicationScoped
public class WebhookGuard {

    private final NotificationsConfig config;

    public WebhookGuard(NotificationsConfig config) {
        this.config = config;
    }

    /** The URL, checked; a 400 problem naming {@code field} when it is refused. */
    public URI check(String field, String url) {
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
        List<String> allowed = config.webhooks().allowedHosts().orElse(List.of());
        if (allowed.contains(host)) {
            return uri;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw ProblemException.invalidField(field, "host " + host + " cannot be resolved");
        }
        for (InetAddress address : addresses) {
            if (internal(address)) {
                throw ProblemException.invalidField(field, "points to a private, loopback or link-local address ("
                        + address.getHostAddress() + ")");
            }
        }
        return uri;
    }

    static boolean internal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // fc00::/7 unique local
        }
        return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64 // 100.64.0.0/10 carrier-grade NAT
                || (b[0] & 0xff) == 0; // 0.0.0.0/8
    }
}
