package app.pli.messenger.api;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether an online profile also works on the LAN, and on which interface.
 *
 * @param enabled whether to announce, discover contacts and use direct links
 * @param networkInterface an interface name ({@code eth0}) or address ({@code 10.0.0.2});
 *     empty for the default (the first interface that is up, not loopback, with IPv4)
 */
public record LanMode(boolean enabled, Optional<String> networkInterface) {
    /** No LAN: relays only. */
    public static final LanMode OFF = new LanMode(false, Optional.empty());

    public LanMode {
        Objects.requireNonNull(networkInterface, "networkInterface");
    }

    /** LAN on the given interface, or the default one when empty. */
    public static LanMode on(Optional<String> networkInterface) {
        return new LanMode(true, networkInterface);
    }
}
