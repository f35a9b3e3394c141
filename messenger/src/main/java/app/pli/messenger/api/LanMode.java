package app.pli.messenger.api;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether a profile uses the LAN, and on which interface: for an online session (announce,
 * discover contacts, direct links), an invitation (an endpoint instead of a relay mailbox)
 * or an acceptance (a LAN code allowed, and where its connection leaves from).
 *
 * @param enabled whether to use the LAN
 * @param networkInterface an interface name ({@code eth0}) or address ({@code 10.0.0.2});
 *     empty for the default (the first interface that is up, not loopback, with IPv4; for an
 *     acceptance, the system's route)
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
