package app.pli.identity.route;

import java.util.Objects;

/**
 * A direct endpoint on the local network: a host (IP literal or name) and a TCP port.
 *
 * <p>Invariant: the host is non-empty, at most {@value #MAX_HOST_CHARS} characters; the
 * port is 1..65535.
 */
public record LanRoute(String host, int port) implements Route {
    public static final int MAX_HOST_CHARS = 253;

    public LanRoute {
        Objects.requireNonNull(host, "host");
        if (host.isEmpty() || host.length() > MAX_HOST_CHARS) {
            throw new IllegalArgumentException("host must have 1.." + MAX_HOST_CHARS + " characters");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1..65535");
        }
    }
}
