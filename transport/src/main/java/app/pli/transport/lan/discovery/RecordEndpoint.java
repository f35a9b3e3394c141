package app.pli.transport.lan.discovery;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the endpoint to report from the addresses and port of a resolved record: only the
 * record's own IPv4/IPv6 addresses, never a wildcard or multicast one, and a loopback one only
 * when discovery itself listens on loopback (a record from the LAN must not point the node at
 * its own local services). The family of the listening address is preferred. An IPv6
 * link-local address arrives without a scope; it gets the scope of the listening interface,
 * without which it could not be dialled.
 */
final class RecordEndpoint {
    private static final int MAX_PORT = 65_535;

    private final boolean preferIpv6;
    private final boolean allowLoopback;
    private final NetworkInterface scope;

    /** For discovery on {@code local}; {@code scope} is its interface, or null when unknown. */
    RecordEndpoint(InetAddress local, NetworkInterface scope) {
        this.preferIpv6 = local instanceof Inet6Address;
        this.allowLoopback = local.isLoopbackAddress();
        this.scope = scope;
    }

    /** The endpoint to report for a record with {@code port} and {@code addresses}, if any is usable. */
    Optional<InetSocketAddress> choose(int port, List<InetAddress> addresses) {
        if (port <= 0 || port > MAX_PORT) {
            return Optional.empty();
        }
        InetAddress fallback = null;
        for (InetAddress address : addresses) {
            if (!usable(address)) {
                continue;
            }
            if ((address instanceof Inet6Address) == preferIpv6) {
                return Optional.of(new InetSocketAddress(scoped(address), port));
            }
            if (fallback == null) {
                fallback = address;
            }
        }
        return fallback == null ? Optional.empty() : Optional.of(new InetSocketAddress(scoped(fallback), port));
    }

    private boolean usable(InetAddress address) {
        return !address.isAnyLocalAddress() && !address.isMulticastAddress()
                && (allowLoopback || !address.isLoopbackAddress());
    }

    private InetAddress scoped(InetAddress address) {
        if (!(address instanceof Inet6Address v6) || !v6.isLinkLocalAddress() || v6.getScopeId() != 0
                || v6.getScopedInterface() != null || scope == null) {
            return address;
        }
        try {
            return Inet6Address.getByAddress(null, v6.getAddress(), scope);
        } catch (UnknownHostException e) {
            // The interface has no IPv6 link-local address: the unscoped one is the best we have.
            return address;
        }
    }
}
