package app.pli.transport.lan.discovery;

import app.pli.core.crypto.X25519PublicKey;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javax.jmdns.JmDNS;
import javax.jmdns.ServiceInfo;

/**
 * Browses {@value LanConstants#SERVICE_TYPE} on one address and tells a {@link PeerListener}
 * where watched peers announce themselves.
 *
 * <p>A record is reported only if its instance name is a watched key's name for the hours
 * {@code h-1..h+1} (see {@link ExpectedNames}), it is not one of this node's own names, its
 * TXT record says {@code v=1} (when JmDNS resolved it without TXT data, the record is asked
 * for once more), and it carries a usable address ({@link RecordEndpoint}). Everything else is
 * dropped on JmDNS's thread without leaving state behind.
 *
 * <p>Every period (one minute by default) a check re-reads the clock and the watched peers and
 * recomputes the expected names when either changed. A changed set, and every
 * {@value LanConstants#REBROWSE_PERIOD_SECONDS} seconds in any case, re-attaches the listener:
 * JmDNS then replays the records it holds and queries the service type again, so that a
 * record lost in a burst is found at the next browse rather than at the peer's next hourly
 * announcement. Each new hour, and whenever one
 * instance has reported more than {@link LanDiscoveryOptions#maxStrangerNames()} unknown
 * names, the JmDNS instance is replaced: this rotates the random host name it announces and
 * drops whatever JmDNS cached about strangers. Listener calls and all state changes happen
 * on one thread. {@link #close} returns once every JmDNS instance this discovery opened is
 * closed.
 */
public final class LanDiscovery implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LanDiscovery.class.getName());
    private static final long CLOSE_WAIT_SECONDS = 10;

    private final InetAddress address;
    private final Clock clock;
    private final X25519PublicKey ownKey;
    private final Supplier<? extends Collection<WatchedPeer>> watched;
    private final PeerListener listener;
    private final LanDiscoveryOptions options;
    private final RecordEndpoint endpoints;
    private final ScheduledExecutorService worker = DiscoveryThreads.single("pli-lan-discovery");
    private final MdnsInstances instances = new MdnsInstances();
    private final PeerSightings sightings = new PeerSightings();
    /** When each recognized name was last asked for its TXT record (discovery's thread only). */
    private final Map<String, Long> textAsked = new HashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile ExpectedNames expected;
    private volatile int replacements;
    private JmDNS dns;
    private RecordFilter filter;
    private long instanceHour;
    private long lastBrowseNanos;

    private LanDiscovery(InetAddress address, Clock clock, X25519PublicKey ownKey,
            Supplier<? extends Collection<WatchedPeer>> watched, PeerListener listener, LanDiscoveryOptions options) {
        this.address = address;
        this.clock = clock;
        this.ownKey = ownKey;
        this.watched = watched;
        this.listener = listener;
        this.options = options;
        this.endpoints = new RecordEndpoint(address, interfaceOf(address));
    }

    /** Starts browsing on {@code address} with the default options; see the class comment. */
    public static LanDiscovery start(InetAddress address, Clock clock, X25519PublicKey ownKey,
            Supplier<? extends Collection<WatchedPeer>> watched, PeerListener listener) throws LanDiscoveryException {
        return start(address, clock, ownKey, watched, listener, LanDiscoveryOptions.defaults());
    }

    /**
     * Starts browsing on {@code address}, a concrete address of the chosen interface, for the
     * peers {@code watched} supplies (read now and at every check), skipping the names of
     * {@code ownKey}.
     */
    public static LanDiscovery start(InetAddress address, Clock clock, X25519PublicKey ownKey,
            Supplier<? extends Collection<WatchedPeer>> watched, PeerListener listener, LanDiscoveryOptions options)
            throws LanDiscoveryException {
        MdnsInstances.requireConcreteAddress(address);
        LanDiscovery discovery = new LanDiscovery(address, Objects.requireNonNull(clock, "clock"),
                Objects.requireNonNull(ownKey, "ownKey"), Objects.requireNonNull(watched, "watched"),
                Objects.requireNonNull(listener, "listener"), Objects.requireNonNull(options, "options"));
        long hour = LanNames.hourOf(clock);
        discovery.expected = ExpectedNames.compute(hour, ownKey, Set.copyOf(watched.get()));
        try {
            discovery.openInstance(hour);
        } catch (IOException e) {
            discovery.worker.shutdownNow();
            throw new LanDiscoveryException("cannot start LAN discovery on " + address.getHostAddress() + ": "
                    + e.getMessage(), e);
        }
        long period = options.checkPeriod().toMillis();
        discovery.worker.scheduleWithFixedDelay(discovery::check, period, period, TimeUnit.MILLISECONDS);
        return discovery;
    }

    /** Re-reads the watched peers now rather than at the next check (call it when contacts change). */
    public void refreshWatched() {
        try {
            worker.execute(this::check);
        } catch (RejectedExecutionException e) {
            // Closed: there is nothing left to refresh.
        }
    }

    /** How many times the JmDNS instance was replaced (for tests). */
    int replacements() {
        return replacements;
    }

    private void check() {
        if (closed.get()) {
            return;
        }
        forgetOldTextQuestions();
        long hour = LanNames.hourOf(clock);
        ExpectedNames current = expected;
        Set<WatchedPeer> peers = readWatched(current);
        boolean namesChanged = hour != current.hour() || !current.isFor(peers);
        if (namesChanged) {
            expected = ExpectedNames.compute(hour, ownKey, peers);
            sightings.retain(expected.ids());
        }
        if (hour != instanceHour || filter.strangers() > options.maxStrangerNames()) {
            replaceInstance(hour);
        } else if (namesChanged || browseIsDue()) {
            reattachFilter();
        }
    }

    private boolean browseIsDue() {
        return System.nanoTime() - lastBrowseNanos >= TimeUnit.SECONDS.toNanos(LanConstants.REBROWSE_PERIOD_SECONDS);
    }

    private Set<WatchedPeer> readWatched(ExpectedNames current) {
        try {
            return Set.copyOf(watched.get());
        } catch (RuntimeException e) {
            // The supplier is the caller's code; a failure must not end the periodic check.
            LOG.log(Level.WARNING, "reading the watched LAN peers failed, keeping the previous ones: "
                    + e.getClass().getSimpleName());
            return current.watched();
        }
    }

    private void replaceInstance(long hour) {
        try {
            openInstance(hour);
            replacements++;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "replacing the mDNS instance failed, retrying at the next check: " + e.getMessage());
        }
    }

    private void openInstance(long hour) throws IOException {
        JmDNS fresh = MdnsInstances.open(address, LanNames.randomHostName());
        RecordFilter freshFilter = newFilter();
        fresh.addServiceListener(LanConstants.SERVICE_TYPE, freshFilter);
        JmDNS old = dns;
        RecordFilter oldFilter = filter;
        dns = fresh;
        filter = freshFilter;
        instanceHour = hour;
        lastBrowseNanos = System.nanoTime();
        if (old != null) {
            old.removeServiceListener(LanConstants.SERVICE_TYPE, oldFilter);
            instances.closeLater(old);
        }
    }

    private void reattachFilter() {
        RecordFilter freshFilter = newFilter();
        dns.removeServiceListener(LanConstants.SERVICE_TYPE, filter);
        filter = freshFilter;
        // A new listener is told about every record JmDNS holds, now judged by the new names,
        // and JmDNS starts a new browse of the service type.
        dns.addServiceListener(LanConstants.SERVICE_TYPE, freshFilter);
        lastBrowseNanos = System.nanoTime();
    }

    private RecordFilter newFilter() {
        return new RecordFilter(() -> expected, worker, this::recognized);
    }

    private void recognized(JmDNS source, String instanceName, ServiceInfo info) {
        OptionalLong peer = expected.peerFor(instanceName);
        if (closed.get() || peer.isEmpty()) {
            return;
        }
        ServiceInfo complete = withText(source, instanceName, info);
        if (complete == null || TxtVersion.of(complete.getTextBytes()) != TxtVersion.SUPPORTED) {
            return;
        }
        endpoints.choose(complete.getPort(), addressesOf(complete))
                .ifPresent(endpoint -> report(peer.getAsLong(), instanceName, endpoint));
    }

    private ServiceInfo withText(JmDNS source, String instanceName, ServiceInfo info) {
        if (info != null && info.hasData() && TxtVersion.of(info.getTextBytes()) != TxtVersion.ABSENT) {
            return info;
        }
        // JmDNS's first resolution often comes before the TXT record: ask for the record, but
        // once per name and period. Asking starts a resolver whose answer is reported to the
        // listener again, so a record that never gets its TXT (a peer gone, its record still
        // cached) would otherwise keep this thread asking in a loop.
        long now = System.nanoTime();
        Long asked = textAsked.get(instanceName);
        if (asked != null && now - asked < TimeUnit.SECONDS.toNanos(LanConstants.TXT_RETRY_SECONDS)) {
            return null;
        }
        textAsked.put(instanceName, now);
        return source.getServiceInfo(LanConstants.SERVICE_TYPE, instanceName, false, LanConstants.TXT_WAIT_MILLIS);
    }

    /** Forgets the questions old enough to be asked again, so the map holds only recent names. */
    private void forgetOldTextQuestions() {
        long now = System.nanoTime();
        textAsked.values().removeIf(asked -> now - asked >= TimeUnit.SECONDS.toNanos(LanConstants.TXT_RETRY_SECONDS));
    }

    private static List<InetAddress> addressesOf(ServiceInfo info) {
        List<InetAddress> addresses = new ArrayList<>(List.of(info.getInet4Addresses()));
        addresses.addAll(List.of(info.getInet6Addresses()));
        return addresses;
    }

    private void report(long id, String instanceName, InetSocketAddress endpoint) {
        if (!sightings.record(id, instanceName, endpoint)) {
            return;
        }
        try {
            listener.found(id, endpoint);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a LAN discovery listener failed: " + e.getClass().getSimpleName());
        }
    }

    private static NetworkInterface interfaceOf(InetAddress address) {
        try {
            return NetworkInterface.getByInetAddress(address);
        } catch (SocketException e) {
            // Only IPv6 link-local scopes need the interface; without it they stay unscoped.
            return null;
        }
    }

    /** Stops browsing; returns when every JmDNS instance is closed (about two seconds). */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            DiscoveryThreads.stop(worker, CLOSE_WAIT_SECONDS);
            dns.removeServiceListener(LanConstants.SERVICE_TYPE, filter);
            instances.closeLater(dns);
            instances.awaitClosed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
