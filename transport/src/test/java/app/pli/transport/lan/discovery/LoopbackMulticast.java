package app.pli.transport.lan.discovery;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.pli.core.crypto.CryptoRandom;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MulticastSocket;
import java.net.NetworkInterface;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Checks, before the loopback tests, that a datagram sent to the mDNS group on 127.0.0.1
 * comes back; where it does not, the tests skip with that reason rather than fail or pass
 * without having looked.
 */
final class LoopbackMulticast {
    /** 127.0.0.1, spelled out: JmDNS must be bound to one explicit address. */
    static final InetAddress LOOPBACK = loopbackV4();
    private static final int PROBE_TIMEOUT_MILLIS = 2000;

    private LoopbackMulticast() {}

    private static InetAddress loopbackV4() {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("a four-byte address is always valid", e);
        }
    }

    static void assumeAvailable() {
        try {
            NetworkInterface loopback = NetworkInterface.getByInetAddress(LOOPBACK);
            assumeTrue(loopback != null, "no loopback interface: LAN discovery tests skipped");
            assumeTrue(echoes(loopback), "multicast on loopback does not come back here: LAN discovery tests skipped");
        } catch (IOException e) {
            assumeTrue(false, "multicast on loopback unavailable (" + e.getMessage() + "): LAN discovery tests skipped");
        }
    }

    private static boolean echoes(NetworkInterface loopback) throws IOException {
        InetAddress group = InetAddress.getByName("224.0.0.251");
        try (MulticastSocket socket = new MulticastSocket(0)) {
            socket.setNetworkInterface(loopback);
            socket.joinGroup(new InetSocketAddress(group, 0), loopback);
            socket.setSoTimeout(PROBE_TIMEOUT_MILLIS);
            byte[] probe = CryptoRandom.bytes(16);
            socket.send(new DatagramPacket(probe, probe.length, group, socket.getLocalPort()));
            byte[] buffer = new byte[64];
            while (true) {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                try {
                    socket.receive(packet);
                } catch (SocketTimeoutException e) {
                    return false;
                }
                if (Arrays.equals(probe, Arrays.copyOf(buffer, packet.getLength()))) {
                    return true;
                }
            }
        }
    }
}
