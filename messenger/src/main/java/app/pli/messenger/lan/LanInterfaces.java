package app.pli.messenger.lan;

import app.pli.core.error.PliException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the address the LAN node announces and listens on (JmDNS needs an explicit one).
 * Asked for by name ({@code eth0}) or address ({@code 10.0.0.2}); by default the first
 * interface, in name order, that is up, not loopback, supports multicast and has an IPv4
 * address; failing that, loopback (so a single machine still works).
 */
public final class LanInterfaces {
    private LanInterfaces() {}

    /** The chosen address with a description for the user ("eth0 10.0.0.2"). */
    public record Choice(InetAddress address, String description) {}

    /**
     * @throws PliException if {@code wanted} names no interface or address of this machine
     */
    public static Choice choose(Optional<String> wanted) throws PliException {
        try {
            if (wanted.isPresent() && !wanted.get().isBlank()) {
                return byNameOrAddress(wanted.get().strip());
            }
            return automatic();
        } catch (SocketException e) {
            throw new PliException("cannot list the network interfaces: " + e.getMessage());
        }
    }

    private static Choice byNameOrAddress(String wanted) throws SocketException, PliException {
        NetworkInterface byName = NetworkInterface.getByName(wanted);
        if (byName != null) {
            Optional<InetAddress> address = ipv4(byName);
            if (address.isEmpty()) {
                throw new PliException("interface " + wanted + " has no IPv4 address");
            }
            return new Choice(address.get(), byName.getName() + " " + address.get().getHostAddress());
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(wanted);
        } catch (UnknownHostException e) {
            throw new PliException("no network interface or address \"" + wanted + "\" on this machine");
        }
        NetworkInterface owner = NetworkInterface.getByInetAddress(address);
        if (owner == null) {
            throw new PliException("no network interface of this machine has the address " + wanted);
        }
        return new Choice(address, owner.getName() + " " + address.getHostAddress());
    }

    private static Choice automatic() throws SocketException {
        List<NetworkInterface> interfaces = new ArrayList<>(Collections.list(NetworkInterface.getNetworkInterfaces()));
        interfaces.sort(Comparator.comparing(NetworkInterface::getName));
        for (NetworkInterface candidate : interfaces) {
            if (candidate.isUp() && !candidate.isLoopback() && candidate.supportsMulticast()) {
                Optional<InetAddress> address = ipv4(candidate);
                if (address.isPresent()) {
                    return new Choice(address.get(), candidate.getName() + " " + address.get().getHostAddress());
                }
            }
        }
        InetAddress loopback = InetAddress.getLoopbackAddress();
        return new Choice(loopback, "loopback " + loopback.getHostAddress() + " (no other interface is up)");
    }

    private static Optional<InetAddress> ipv4(NetworkInterface nic) {
        return Collections.list(nic.getInetAddresses()).stream().filter(a -> a instanceof Inet4Address).findFirst();
    }
}
