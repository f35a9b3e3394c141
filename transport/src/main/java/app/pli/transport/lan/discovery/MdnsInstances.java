package app.pli.transport.lan.discovery;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.jmdns.JmDNS;

/**
 * Opens JmDNS instances on an explicit address and closes them in the background.
 *
 * <p>Closing a JmDNS instance takes about two seconds (it sends goodbye records and waits for
 * its threads), so a rotation must not wait for the old instance. {@link #awaitClosed} lets
 * the owner's {@code close()} still finish only when every instance it opened is closed.
 */
final class MdnsInstances {
    private static final System.Logger LOG = System.getLogger(MdnsInstances.class.getName());

    private final List<Thread> closing = new ArrayList<>();

    /**
     * Rejects a missing or wildcard address: JmDNS must be bound to the address of one
     * interface, or it would pick one itself and announce whatever that interface is.
     */
    static void requireConcreteAddress(InetAddress address) {
        Objects.requireNonNull(address, "address");
        if (address.isAnyLocalAddress() || address.isMulticastAddress()) {
            throw new IllegalArgumentException("mDNS needs the address of one interface, not " + address.getHostAddress());
        }
    }

    /**
     * A JmDNS instance bound to {@code address} that announces {@code hostName}. The host name
     * is always given: JmDNS would otherwise announce the machine's own name.
     */
    static JmDNS open(InetAddress address, String hostName) throws IOException {
        return JmDNS.create(address, hostName);
    }

    /** Closes {@code dns} on a thread of its own. */
    synchronized void closeLater(JmDNS dns) {
        closing.removeIf(thread -> !thread.isAlive());
        Thread thread = new Thread(() -> closeNow(dns), "pli-mdns-close");
        thread.setDaemon(true);
        thread.start();
        closing.add(thread);
    }

    /** Closes {@code dns} on this thread. */
    static void closeNow(JmDNS dns) {
        try {
            dns.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "closing an mDNS instance failed: " + e.getMessage());
        }
    }

    /** Waits until every instance given to {@link #closeLater} is closed. */
    void awaitClosed() throws InterruptedException {
        List<Thread> pending;
        synchronized (this) {
            pending = List.copyOf(closing);
            closing.clear();
        }
        for (Thread thread : pending) {
            thread.join();
        }
    }
}
