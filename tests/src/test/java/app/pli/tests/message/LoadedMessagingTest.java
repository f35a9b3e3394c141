package app.pli.tests.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.tests.load.CpuHog;
import app.pli.tests.load.Freeze;
import app.pli.tests.load.Soak;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messaging on a machine that is too slow: every scenario runs with both cores kept busy
 * ({@link CpuHog}). The SIGKILL scenarios of {@link MessagingCrashTest} run as they are; a
 * further scenario suspends (SIGSTOP) Bob's daemon, the relay and Alice's daemon in turn
 * for 15 s each while messages are sent. Every message must arrive once, in order, and turn
 * delivered. One run of each in the default build; {@code -Psoak} runs each ten times.
 */
class LoadedMessagingTest {
    private static final Duration FREEZE = Duration.ofSeconds(15);

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> messagingUnderLoadLosesAndDuplicatesNothing() {
        List<DynamicTest> tests = new ArrayList<>();
        for (int run = 1; run <= Soak.runs(); run++) {
            tests.add(loaded(run, "relay killed while Alice sends",
                    (scenarios, pair) -> scenarios.relayKilledWhileAliceSendsLosesNothing()));
            tests.add(loaded(run, "Bob's daemon killed while messages arrive",
                    (scenarios, pair) -> scenarios.bobsDaemonKilledWhileMessagesArriveShowsEachOnce()));
            tests.add(loaded(run, "sends and syncs killed at random moments",
                    (scenarios, pair) -> scenarios.sendsAndSyncsKilledAtRandomMomentsLoseAndDuplicateNothing()));
            tests.add(loaded(run, "daemons and relay suspended for 15 s", LoadedMessagingTest::suspensions));
        }
        return tests.stream();
    }

    /** One scenario on a fresh pair with both cores busy; prints the seed and the time it took. */
    private DynamicTest loaded(int run, String name, Scenario scenario) {
        String label = name + " (run " + run + " of " + Soak.runs() + ")";
        return DynamicTest.dynamicTest(label, () -> {
            long seed = System.nanoTime();
            Path folder = dir.resolve("run-" + run + "-" + Math.abs(name.hashCode()));
            long start = System.nanoTime();
            try (CpuHog hog = CpuHog.start();
                    IntroducedPair pair = IntroducedPair.start(folder, PliProfile.Protection.UNATTENDED)) {
                System.out.println(label + ": seed " + seed + ", load " + hog.describe());
                scenario.run(new MessagingCrashScenarios(pair, new Random(seed)), pair);
            }
            System.out.printf("%s: passed in %.1f s%n", label, (System.nanoTime() - start) / 1e9);
        });
    }

    /** A scenario over a fresh pair. */
    @FunctionalInterface
    private interface Scenario {
        void run(MessagingCrashScenarios scenarios, IntroducedPair pair) throws Exception;
    }

    /**
     * Both daemons run. Bob's daemon is suspended while Alice sends five messages, the relay
     * while she sends three more (each send answers at once, queued), and Alice's daemon while
     * Bob sends three: all arrive once, in order, each daemon prints each once, all delivered.
     */
    private static void suspensions(MessagingCrashScenarios scenarios, IntroducedPair pair) throws Exception {
        PliProfile alice = pair.alice();
        PliProfile bob = pair.bob();
        BackgroundPli aliceDaemon = pair.background(alice, "daemon", "--json", "--no-lan");
        BackgroundPli bobDaemon = pair.background(bob, "daemon", "--json", "--no-lan");
        aliceDaemon.awaitStderrLine(line -> line.startsWith("online as Alice"), Liveness.GENEROUS);
        bobDaemon.awaitStderrLine(line -> line.startsWith("online as Bob"), Liveness.GENEROUS);

        List<String> toBob = texts("to-bob-", 8);
        try (Freeze frozen = Freeze.of(bobDaemon.handle(), FREEZE)) {
            for (String text : toBob.subList(0, 5)) {
                alice.send("Bob", text);
            }
            frozen.awaitResumed();
        }
        List<String> statuses = new ArrayList<>();
        try (Freeze frozen = Freeze.of(pair.relay().handle(), FREEZE)) {
            for (String text : toBob.subList(5, 8)) {
                statuses.add(alice.send("Bob", text).path("status").asText());
            }
            frozen.awaitResumed();
        }
        assertEquals("queued", statuses.get(0), () -> "a send does not wait for a suspended relay: " + statuses);
        List<String> toAlice = texts("to-alice-", 3);
        try (Freeze frozen = Freeze.of(aliceDaemon.handle(), FREEZE)) {
            for (String text : toAlice) {
                bob.send("Alice", text);
            }
            frozen.awaitResumed();
        }

        Liveness.await("Bob has " + toBob + " and Alice sees them delivered", () -> {
            Conversation atBob = new Conversation(bob.conversation("Alice"));
            Conversation atAlice = new Conversation(alice.conversation("Bob"));
            return atBob.textsFrom("Alice").equals(toBob) && atAlice.allMineAre("delivered");
        });
        Liveness.await("Alice has " + toAlice + " and Bob sees them delivered", () -> {
            Conversation atAlice = new Conversation(alice.conversation("Bob"));
            Conversation atBob = new Conversation(bob.conversation("Alice"));
            return atAlice.textsFrom("Bob").equals(toAlice) && atBob.allMineAre("delivered");
        });
        new Conversation(bob.conversation("Alice")).assertWellFormed("Alice");
        new Conversation(alice.conversation("Bob")).assertWellFormed("Bob");
        assertPrintedOnce(bobDaemon, toBob);
        assertPrintedOnce(aliceDaemon, toAlice);
        assertEquals(0, aliceDaemon.terminate(), () -> "SIGTERM; stderr: " + aliceDaemon.stderr());
        assertEquals(0, bobDaemon.terminate(), () -> "SIGTERM; stderr: " + bobDaemon.stderr());
    }

    /** The daemon printed each of {@code texts} exactly once. */
    private static void assertPrintedOnce(BackgroundPli daemon, List<String> texts) throws Exception {
        Liveness.await("the daemon printed " + texts, () -> printed(daemon).containsAll(texts));
        List<String> printed = printed(daemon);
        Set<String> distinct = new HashSet<>(printed);
        assertEquals(distinct.size(), printed.size(), () -> "a message was printed twice: " + printed);
        assertTrue(distinct.containsAll(texts), printed::toString);
    }

    private static List<String> printed(BackgroundPli daemon) throws IOException {
        List<String> texts = new ArrayList<>();
        for (String line : daemon.stdout()) {
            texts.add(PliProfile.parse(line).path("text").asText());
        }
        return texts;
    }

    private static List<String> texts(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> prefix + i).toList();
    }
}
