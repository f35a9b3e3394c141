package app.pli.tests.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * SIGKILL at awkward moments (the relay in the middle of a send, Bob's daemon while
 * messages arrive, Alice's {@code send} and {@code sync} and Bob's {@code sync} at random
 * points), then a restart: every message is shown exactly once, in send order. Run as they
 * are by {@link MessagingCrashTest} and on a loaded machine by {@link LoadedMessagingTest}.
 */
final class MessagingCrashScenarios {
    private static final int MAX_ROUNDS = 3;

    private final IntroducedPair pair;
    private final Random random;

    /** Scenarios on {@code pair}, their random moments drawn from {@code random}. */
    MessagingCrashScenarios(IntroducedPair pair, Random random) {
        this.pair = pair;
        this.random = random;
    }

    /** The relay dies during send 5 and comes back after send 7: sends 6 and 7 can only queue. */
    void relayKilledWhileAliceSendsLosesNothing() throws Exception {
        int killDuring = 5;
        int restartAfter = 7;
        List<String> texts = texts("r-", 20);
        List<String> statuses = new ArrayList<>();
        ExecutorService killer = Executors.newSingleThreadExecutor();
        try {
            for (int i = 1; i <= texts.size(); i++) {
                Future<?> kill = null;
                if (i == killDuring) {
                    long delay = random.nextInt(1_500);
                    kill = killer.submit(() -> {
                        Thread.sleep(delay);
                        pair.relay().kill();
                        return null;
                    });
                }
                statuses.add(pair.alice().send("Bob", texts.get(i - 1)).path("status").asText());
                if (kill != null) {
                    kill.get(1, TimeUnit.MINUTES);
                }
                if (i == restartAfter) {
                    pair.relay().restart();
                }
            }
        } finally {
            killer.shutdownNow();
        }
        assertEquals(List.of("sent", "sent", "sent", "sent"), statuses.subList(0, killDuring - 1), statuses::toString);
        assertEquals(List.of("queued", "queued"), statuses.subList(killDuring, restartAfter), statuses::toString);
        assertTrue(statuses.subList(restartAfter, texts.size()).stream().allMatch("sent"::equals), statuses::toString);

        pair.alice().sync();
        syncUntilDelivered(texts);
    }

    /** Bob's daemon is killed shortly after sends 3, 6 and 9 and started again each time. */
    void bobsDaemonKilledWhileMessagesArriveShowsEachOnce() throws Exception {
        PliProfile bob = pair.bob();
        List<String> texts = texts("d-", 10);
        List<BackgroundPli> daemons = new ArrayList<>();
        daemons.add(pair.background(bob, "daemon", "--json", "--no-lan"));
        for (int i = 1; i <= texts.size(); i++) {
            pair.alice().send("Bob", texts.get(i - 1));
            if (i % 3 == 0) {
                Thread.sleep(random.nextInt(400));
                daemons.get(daemons.size() - 1).kill();
                daemons.add(pair.background(bob, "daemon", "--json", "--no-lan"));
            }
        }
        Liveness.await("Bob's daemon stores " + texts, () -> new Conversation(bob.conversation("Alice"))
                .textsFrom("Alice").containsAll(texts));
        BackgroundPli last = daemons.get(daemons.size() - 1);
        assertEquals(0, last.terminate(), () -> "SIGTERM; stderr: " + last.stderr());

        Set<String> printed = new HashSet<>();
        for (BackgroundPli daemon : daemons) {
            for (String line : daemon.stdout()) {
                String id = PliProfile.parse(line).path("id").asText();
                assertTrue(printed.add(id), () -> "a daemon printed a message twice: " + line);
                assertTrue(texts.contains(PliProfile.parse(line).path("text").asText()), line);
            }
        }
        syncUntilDelivered(texts);
    }

    /**
     * Alice's {@code send}s, her {@code sync} and Bob's {@code sync}s are killed after random
     * delays (before, during or after their work). A killed send may or may not have recorded
     * its message; whatever Alice's history holds reaches Bob once, in order.
     */
    void sendsAndSyncsKilledAtRandomMomentsLoseAndDuplicateNothing() throws Exception {
        List<String> attempted = new ArrayList<>();
        List<String> completed = new ArrayList<>();
        for (int k = 1; k <= 6; k++) {
            String text = "k-" + k;
            attempted.add(text);
            if (finishedBeforeKill(pair.alice(), "send", "Bob", text, "--json")) {
                completed.add(text);
            }
            if (k % 2 == 0) {
                finishedBeforeKill(pair.bob(), "sync", "--json");
            }
        }
        finishedBeforeKill(pair.alice(), "sync", "--json");
        pair.alice().send("Bob", "k-last");
        attempted.add("k-last");
        completed.add("k-last");
        System.out.println("sends that finished before their kill: " + completed);

        List<String> recorded = new Conversation(pair.alice().conversation("Bob")).textsFrom(Conversation.ME);
        assertEquals(attempted.stream().filter(recorded::contains).toList(), recorded,
                "Alice's history holds each attempted send at most once, in order");
        assertTrue(recorded.containsAll(completed), () -> "a finished send is missing: " + recorded);
        syncUntilDelivered(recorded);
    }

    /**
     * At most three rounds of {@code B sync; A sync}, then: Bob shows exactly {@code texts}
     * from Alice in that order under the ids Alice shows, and Alice shows them all delivered.
     */
    void syncUntilDelivered(List<String> texts) throws Exception {
        PliProfile alice = pair.alice();
        PliProfile bob = pair.bob();
        for (int round = 1; round <= MAX_ROUNDS && !delivered(texts); round++) {
            bob.sync();
            alice.sync();
        }
        Conversation atBob = new Conversation(bob.conversation("Alice"));
        atBob.assertWellFormed("Alice");
        assertEquals(texts, atBob.textsFrom("Alice"), "Bob shows every message once, in send order");
        Conversation atAlice = new Conversation(alice.conversation("Bob"));
        atAlice.assertWellFormed("Bob");
        assertEquals(texts, atAlice.textsFrom(Conversation.ME));
        assertEquals(atAlice.idsFrom(Conversation.ME), atBob.idsFrom("Alice"), "the same ids on both sides");
        assertTrue(atAlice.allMineAre("delivered"), () -> "not all delivered: " + atAlice.messages());
    }

    private boolean delivered(List<String> texts) throws Exception {
        return new Conversation(pair.bob().conversation("Alice")).textsFrom("Alice").equals(texts)
                && new Conversation(pair.alice().conversation("Bob")).allMineAre("delivered");
    }

    /**
     * Starts {@code pli args...} and kills it with SIGKILL after a random 0.3 to 3 s (a JVM
     * takes about a second to start); whether it finished first. One that finished must have
     * succeeded.
     */
    private boolean finishedBeforeKill(PliProfile profile, String... args) throws IOException, InterruptedException {
        Process process = profile.start(args);
        try {
            if (!process.waitFor(300 + random.nextInt(2_700), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                return false;
            }
            String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.exitValue(), () -> "pli " + String.join(" ", args) + " failed: " + stderr);
            return true;
        } finally {
            process.destroyForcibly().waitFor();
        }
    }

    private static List<String> texts(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> prefix + i).toList();
    }
}
