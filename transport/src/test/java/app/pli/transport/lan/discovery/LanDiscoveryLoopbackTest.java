package app.pli.transport.lan.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.crypto.CryptoException;
import app.pli.core.crypto.CryptoRandom;
import app.pli.core.crypto.X25519PublicKey;
import app.pli.core.testing.MutableClock;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javax.jmdns.JmDNS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Announcers, discoveries and a flooding stranger, all real JmDNS instances on 127.0.0.1,
 * started once and closed together (closing one takes about two seconds).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanDiscoveryLoopbackTest {
    private static final long HOUR = 480_000;
    private static final Instant MID_HOUR = Instant.ofEpochSecond(HOUR * LanConstants.SECONDS_PER_HOUR + 1800);
    private static final Duration FIND_LIMIT = Duration.ofSeconds(30);
    private static final Duration QUIET_WAIT = Duration.ofSeconds(3);
    private static final Duration FAST_CHECKS = Duration.ofMillis(200);

    private static final long ALICE = 1;
    private static final long NOBODY = 2;
    private static final long WRONG_VERSION = 3;
    private static final long CONTROL = 4;
    private static final long JUNK_TXT = 5;
    private static final long STALE = 6;
    private static final long ROTATING = 7;
    private static final long SELF = 9;
    private static final int ALICE_PORT = 41_001;
    private static final int ROTATING_PORT = 41_002;
    private static final int CONTROL_PORT = 41_004;

    private final List<AutoCloseable> running = new ArrayList<>();
    private final FoundLog mainLog = new FoundLog();
    private final FoundLog ownLog = new FoundLog();
    private final FoundLog rotationLog = new FoundLog();
    private final FoundLog lateLog = new FoundLog();
    private final AtomicReference<List<WatchedPeer>> lateWatched = new AtomicReference<>(List.of());
    private final MutableClock rotationClock = new MutableClock(MID_HOUR);
    private final Clock fixedClock = Clock.fixed(MID_HOUR, ZoneOffset.UTC);
    private X25519PublicKey aliceKey;
    private X25519PublicKey rotatingKey;
    private LanDiscovery main;
    private LanDiscovery churning;
    private LanDiscovery late;
    private LanAnnouncer rotating;

    private static X25519PublicKey randomKey() throws CryptoException {
        return X25519PublicKey.of(CryptoRandom.bytes(32));
    }

    @BeforeAll
    void startNodes() throws Exception {
        LoopbackMulticast.assumeAvailable();
        aliceKey = randomKey();
        rotatingKey = randomKey();
        X25519PublicKey ownKey = randomKey();
        X25519PublicKey nobodyKey = randomKey();
        X25519PublicKey wrongVersionKey = randomKey();
        X25519PublicKey controlKey = randomKey();
        X25519PublicKey junkTxtKey = randomKey();
        X25519PublicKey staleKey = randomKey();
        startStrangers(wrongVersionKey, junkTxtKey, staleKey, controlKey);

        running.add(LanAnnouncer.start(LoopbackMulticast.LOOPBACK, ALICE_PORT, aliceKey, fixedClock));
        rotating = LanAnnouncer.start(LoopbackMulticast.LOOPBACK, ROTATING_PORT, rotatingKey, rotationClock, FAST_CHECKS);
        running.add(rotating);

        List<WatchedPeer> watched = List.of(new WatchedPeer(ALICE, aliceKey), new WatchedPeer(NOBODY, nobodyKey),
                new WatchedPeer(WRONG_VERSION, wrongVersionKey), new WatchedPeer(CONTROL, controlKey),
                new WatchedPeer(JUNK_TXT, junkTxtKey), new WatchedPeer(STALE, staleKey));
        main = LanDiscovery.start(LoopbackMulticast.LOOPBACK, fixedClock, ownKey, () -> watched, mainLog);
        running.add(main);
        running.add(LanDiscovery.start(LoopbackMulticast.LOOPBACK, fixedClock, aliceKey,
                () -> List.of(new WatchedPeer(SELF, aliceKey), new WatchedPeer(NOBODY, nobodyKey)), ownLog));
        running.add(LanDiscovery.start(LoopbackMulticast.LOOPBACK, rotationClock, ownKey,
                () -> List.of(new WatchedPeer(ROTATING, rotatingKey)), rotationLog,
                new LanDiscoveryOptions(FAST_CHECKS, LanConstants.DEFAULT_MAX_STRANGER_NAMES)));
        late = LanDiscovery.start(LoopbackMulticast.LOOPBACK, fixedClock, ownKey, lateWatched::get, lateLog);
        running.add(late);
        churning = LanDiscovery.start(LoopbackMulticast.LOOPBACK, fixedClock, ownKey,
                () -> List.of(new WatchedPeer(ALICE, aliceKey)), new FoundLog(),
                new LanDiscoveryOptions(Duration.ofMillis(500), 100));
        running.add(churning);
    }

    /**
     * Two strangers: an impostor serving, in one small batch, a wrong version, junk TXT data, a
     * stale name and one valid record (the positive control that its records arrive), and a
     * flooder serving {@value StrangerRecords#FLOOD_SIZE} random records.
     */
    private void startStrangers(X25519PublicKey wrongVersionKey, X25519PublicKey junkTxtKey, X25519PublicKey staleKey,
            X25519PublicKey controlKey) throws Exception {
        JmDNS impostor = StrangerRecords.open();
        running.add(impostor::close);
        StrangerRecords.register(impostor, LanNames.instanceName(wrongVersionKey, HOUR), 41_003, StrangerRecords.txt("v=2"));
        StrangerRecords.register(impostor, LanNames.instanceName(junkTxtKey, HOUR), 41_005, new byte[] {9, 'v', '=', '1'});
        StrangerRecords.register(impostor, LanNames.instanceName(staleKey, HOUR - 2), 41_006, StrangerRecords.txt("v=1"));
        StrangerRecords.register(impostor, LanNames.instanceName(controlKey, HOUR), CONTROL_PORT, StrangerRecords.txt("v=1"));
        JmDNS flooder = StrangerRecords.open();
        running.add(flooder::close);
        StrangerRecords.flood(flooder, new Random(42));
    }

    @AfterAll
    void closeAll() throws Exception {
        ExecutorService closers = Executors.newFixedThreadPool(Math.max(1, running.size()));
        try {
            List<Future<?>> closing = new ArrayList<>();
            for (AutoCloseable node : running) {
                closing.add(closers.submit(() -> {
                    node.close();
                    return null;
                }));
            }
            for (Future<?> future : closing) {
                future.get();
            }
        } finally {
            closers.shutdown();
        }
    }

    @Test
    void findsTheAnnouncedPeerDespiteTheFlood() throws InterruptedException {
        mainLog.awaitReports(ALICE, 1, FIND_LIMIT);
        assertEquals(new InetSocketAddress(LoopbackMulticast.LOOPBACK, ALICE_PORT), firstEndpoint(mainLog, ALICE));
        assertEquals(0, main.replacements(), "500 strangers stay under the default limit");
    }

    @Test
    void ignoresUnwatchedStaleAndMalformedRecords() throws InterruptedException {
        awaitPositiveControls();
        Thread.sleep(QUIET_WAIT.toMillis());
        Set<Long> reported = mainLog.reports().stream().map(FoundLog.Found::id).collect(Collectors.toSet());
        assertEquals(Set.of(ALICE, CONTROL), reported);
        assertEquals(new InetSocketAddress(LoopbackMulticast.LOOPBACK, CONTROL_PORT), firstEndpoint(mainLog, CONTROL));
    }

    @Test
    void skipsItsOwnRecordsAndKeysNobodyAnnounces() throws InterruptedException {
        awaitPositiveControls();
        Thread.sleep(QUIET_WAIT.toMillis());
        assertEquals(List.of(), ownLog.reports());
    }

    @Test
    void findsThePeerUnderItsNextHourName() throws InterruptedException {
        rotationLog.awaitReports(ROTATING, 1, FIND_LIMIT);
        assertEquals(LanNames.instanceName(rotatingKey, HOUR), rotating.instanceName());
        long reportsBefore = rotationLog.count(ROTATING);

        rotationClock.advance(Duration.ofHours(1));
        String nextName = LanNames.instanceName(rotatingKey, HOUR + 1);
        FoundLog.awaitCondition(() -> nextName.equals(rotating.instanceName()), FIND_LIMIT, "the announcer rotates");
        // A repeat of the old name is never reported again, so a new report means the new name.
        rotationLog.awaitReports(ROTATING, reportsBefore + 1, FIND_LIMIT);
        List<FoundLog.Found> reports = rotationLog.reports();
        assertEquals(new InetSocketAddress(LoopbackMulticast.LOOPBACK, ROTATING_PORT),
                reports.get(reports.size() - 1).endpoint());
    }

    @Test
    void findsAPeerThatIsWatchedOnlyAfterItsRecordArrived() throws InterruptedException {
        mainLog.awaitReports(ALICE, 1, FIND_LIMIT);
        lateWatched.set(List.of(new WatchedPeer(ALICE, aliceKey)));
        late.refreshWatched();
        lateLog.awaitReports(ALICE, 1, FIND_LIMIT);
        assertEquals(new InetSocketAddress(LoopbackMulticast.LOOPBACK, ALICE_PORT), firstEndpoint(lateLog, ALICE));
    }

    @Test
    void replacesItsJmdnsInstanceAfterTooManyStrangers() throws InterruptedException {
        FoundLog.awaitCondition(() -> churning.replacements() >= 1, FIND_LIMIT, "a replacement past 100 strangers");
        churning.close();
        assertTrue(churning.replacements() >= 1);
    }

    private void awaitPositiveControls() throws InterruptedException {
        mainLog.awaitReports(ALICE, 1, FIND_LIMIT);
        mainLog.awaitReports(CONTROL, 1, FIND_LIMIT);
    }

    private static InetSocketAddress firstEndpoint(FoundLog log, long id) {
        return log.reports().stream().filter(report -> report.id() == id).findFirst().orElseThrow().endpoint();
    }
}
