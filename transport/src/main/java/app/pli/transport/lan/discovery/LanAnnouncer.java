package app.pli.transport.lan.discovery;

import app.pli.core.crypto.X25519PublicKey;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.jmdns.JmDNS;
import javax.jmdns.ServiceInfo;

/**
 * Announces this node on the LAN as {@value LanConstants#SERVICE_TYPE} under the hourly
 * names of its X25519 key ({@link LanNames}), with the TXT record {@code v=1} and the port of
 * its link server.
 *
 * <p>A check runs every period (one minute by default); when the clock shows a new hour, a
 * new JmDNS instance is opened under the new host name and the service registered under the
 * new instance name, then the old instance is closed in the background, which sends goodbye
 * records for the old name. The two names overlap for a moment rather than leave a gap. If
 * the new instance cannot be opened, the old name stays announced and the next check retries.
 * {@link #close} returns once every JmDNS instance this announcer opened is closed.
 */
public final class LanAnnouncer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LanAnnouncer.class.getName());
    private static final int MAX_PORT = 65_535;
    private static final long CLOSE_WAIT_SECONDS = 10;

    private final InetAddress address;
    private final int port;
    private final X25519PublicKey self;
    private final Clock clock;
    private final ScheduledExecutorService worker = DiscoveryThreads.single("pli-lan-announcer");
    private final MdnsInstances instances = new MdnsInstances();
    private final AtomicBoolean closed = new AtomicBoolean();
    private JmDNS dns;
    private long announcedHour;
    private volatile String instanceName;

    private LanAnnouncer(InetAddress address, int port, X25519PublicKey self, Clock clock) {
        this.address = address;
        this.port = port;
        this.self = self;
        this.clock = clock;
    }

    /** Announces {@code self} on {@code address} with the link server's {@code port}, checking the hour every minute. */
    public static LanAnnouncer start(InetAddress address, int port, X25519PublicKey self, Clock clock)
            throws LanDiscoveryException {
        return start(address, port, self, clock, Duration.ofSeconds(LanConstants.DEFAULT_CHECK_PERIOD_SECONDS));
    }

    /**
     * As {@link #start(InetAddress, int, X25519PublicKey, Clock)}, checking the hour every
     * {@code checkPeriod}. {@code address} must be a concrete address of the chosen interface.
     */
    public static LanAnnouncer start(InetAddress address, int port, X25519PublicKey self, Clock clock,
            Duration checkPeriod) throws LanDiscoveryException {
        MdnsInstances.requireConcreteAddress(address);
        Objects.requireNonNull(self, "self");
        Objects.requireNonNull(clock, "clock");
        if (port <= 0 || port > MAX_PORT) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (checkPeriod.isNegative() || checkPeriod.isZero()) {
            throw new IllegalArgumentException("checkPeriod must be positive: " + checkPeriod);
        }
        long period = checkPeriod.toMillis();
        LanAnnouncer announcer = new LanAnnouncer(address, port, self, clock);
        try {
            announcer.announce(LanNames.hourOf(clock));
        } catch (IOException e) {
            announcer.worker.shutdownNow();
            throw new LanDiscoveryException("cannot announce on " + address.getHostAddress() + ": " + e.getMessage(), e);
        }
        announcer.worker.scheduleWithFixedDelay(announcer::check, period, period, TimeUnit.MILLISECONDS);
        return announcer;
    }

    /** The instance name announced now (a rotating pseudonym, safe to log). */
    public String instanceName() {
        return instanceName;
    }

    private void check() {
        long hour = LanNames.hourOf(clock);
        if (hour == announcedHour || closed.get()) {
            return;
        }
        try {
            announce(hour);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "rotating the LAN name failed, retrying at the next check: " + e.getMessage());
        }
    }

    private void announce(long hour) throws IOException {
        String name = LanNames.instanceName(self, hour);
        JmDNS fresh = MdnsInstances.open(address, LanNames.hostName(self, hour));
        try {
            fresh.registerService(ServiceInfo.create(LanConstants.SERVICE_TYPE, name, port, 0, 0,
                    Map.of(LanConstants.TXT_VERSION_KEY, LanConstants.PROTOCOL_VERSION)));
        } catch (IOException e) {
            instances.closeLater(fresh);
            throw e;
        }
        JmDNS old = dns;
        dns = fresh;
        announcedHour = hour;
        instanceName = name;
        if (old != null) {
            instances.closeLater(old);
        }
    }

    /** Withdraws the announcement; returns when every JmDNS instance is closed (about two seconds). */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            DiscoveryThreads.stop(worker, CLOSE_WAIT_SECONDS);
            instances.closeLater(dns);
            instances.awaitClosed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
