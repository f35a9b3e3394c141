package app.pli.tests.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.tests.load.CpuHog;
import app.pli.tests.load.Freeze;
import app.pli.tests.load.Soak;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Introductions on a machine that is too slow, with both cores kept busy ({@link CpuHog}):
 * the relay suspended (SIGSTOP) for 15 s in the middle of an introduction run by hand
 * ({@code invite/accept --no-wait}, then syncs), and the inviter's daemon suspended for 15 s
 * just when the invitee accepts, with daemons doing the rest. Both must end with two
 * verified contacts; a sync during the outage reports the relay and exits 0. One run of
 * each in the default build; {@code -Psoak} runs each ten times.
 */
class LoadedIntroductionTest {
    private static final Duration FREEZE = Duration.ofSeconds(15);
    private static final int MAX_ROUNDS = 3;

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> introductionsUnderLoadComplete() {
        List<DynamicTest> tests = new ArrayList<>();
        for (int run = 1; run <= Soak.runs(); run++) {
            int r = run;
            tests.add(DynamicTest.dynamicTest("relay suspended during syncs (run " + r + " of " + Soak.runs() + ")",
                    () -> timed("relay suspended during syncs, run " + r, () -> relaySuspended(dir.resolve("r" + r)))));
            tests.add(DynamicTest.dynamicTest("inviter's daemon suspended at accept (run " + r + " of "
                    + Soak.runs() + ")", () -> timed("inviter's daemon suspended at accept, run " + r,
                            () -> daemonSuspended(dir.resolve("d" + r)))));
        }
        return tests.stream();
    }

    @FunctionalInterface
    private interface Body {
        void run() throws Exception;
    }

    private static void timed(String label, Body body) throws Exception {
        long start = System.nanoTime();
        try (CpuHog hog = CpuHog.start()) {
            System.out.println(label + ": load " + hog.describe());
            body.run();
        }
        System.out.printf("%s: passed in %.1f s%n", label, (System.nanoTime() - start) / 1e9);
    }

    private static void relaySuspended(Path folder) throws Exception {
        try (RelayServer relay = RelayServer.start(folder.resolve("relay"), folder.resolve("relay-logs"))) {
            PliProfile alice = PliProfile.init(folder.resolve("A"), "Alice", relay.address(),
                    PliProfile.Protection.UNATTENDED);
            PliProfile bob = PliProfile.init(folder.resolve("B"), "Bob", relay.address(),
                    PliProfile.Protection.UNATTENDED);
            String code = alice.json("invite", "--no-wait", "--json").path("code").asText();
            bob.json("accept", code, "--no-wait", "--json");
            try (Freeze frozen = Freeze.of(relay.handle(), FREEZE)) {
                JsonNode report = alice.json("sync", "--json");
                assertEquals(1, report.path("problems").size(), report::toString);
                assertTrue(report.path("problems").get(0).asText().contains("unreachable"), report::toString);
                frozen.awaitResumed();
            }
            compareCodes(alice, bob);
        }
    }

    private static void daemonSuspended(Path folder) throws Exception {
        try (RelayServer relay = RelayServer.start(folder.resolve("relay"), folder.resolve("relay-logs"))) {
            PliProfile alice = PliProfile.init(folder.resolve("A"), "Alice", relay.address(),
                    PliProfile.Protection.UNATTENDED);
            PliProfile bob = PliProfile.init(folder.resolve("B"), "Bob", relay.address(),
                    PliProfile.Protection.UNATTENDED);
            try (BackgroundPli aliceDaemon = daemon(alice, "Alice"); BackgroundPli bobDaemon = daemon(bob, "Bob")) {
                String code = alice.json("invite", "--no-wait", "--json").path("code").asText();
                try (Freeze frozen = Freeze.of(aliceDaemon.handle(), FREEZE)) {
                    bob.json("accept", code, "--no-wait", "--json");
                    frozen.awaitResumed();
                }
                Liveness.await("both list each other with a code to compare",
                        () -> awaitsCode(alice) && awaitsCode(bob));
                verify(alice, bob);
                assertEquals(0, aliceDaemon.terminate(), () -> "SIGTERM; stderr: " + aliceDaemon.stderr());
                assertEquals(0, bobDaemon.terminate(), () -> "SIGTERM; stderr: " + bobDaemon.stderr());
            }
        }
    }

    /** Starts the profile's daemon, returning once it is online. */
    private static BackgroundPli daemon(PliProfile profile, String name) throws Exception {
        BackgroundPli daemon = new BackgroundPli(profile.start("daemon", "--json", "--no-lan"));
        try {
            daemon.awaitStderrLine(line -> line.startsWith("online as " + name), Liveness.GENEROUS);
        } catch (AssertionError | InterruptedException e) {
            daemon.close();
            throw e;
        }
        return daemon;
    }

    /** At most three rounds of syncs on each side, then the codes are compared. */
    private static void compareCodes(PliProfile alice, PliProfile bob) throws Exception {
        for (int round = 1; round <= MAX_ROUNDS && !(awaitsCode(alice) && awaitsCode(bob)); round++) {
            alice.sync();
            bob.sync();
        }
        verify(alice, bob);
    }

    private static void verify(PliProfile alice, PliProfile bob) throws Exception {
        JsonNode bobAtAlice = alice.onlyContact();
        JsonNode aliceAtBob = bob.onlyContact();
        assertEquals("awaiting-code", bobAtAlice.path("state").asText(), bobAtAlice::toString);
        assertEquals("awaiting-code", aliceAtBob.path("state").asText(), aliceAtBob::toString);
        assertEquals("Bob is now verified in person",
                alice.ok("verify", "Bob", aliceAtBob.path("code").asText()).strip());
        assertEquals("Alice is now verified in person",
                bob.ok("verify", "Alice", bobAtAlice.path("code").asText()).strip());
        assertEquals("verified", alice.onlyContact().path("state").asText());
        assertEquals("verified", bob.onlyContact().path("state").asText());
    }

    /** Whether the profile has exactly one contact, whose code is to be compared. */
    private static boolean awaitsCode(PliProfile profile) throws Exception {
        JsonNode contacts = profile.json("contacts", "--json");
        return contacts.size() == 1 && "awaiting-code".equals(contacts.get(0).path("state").asText());
    }
}
