package app.pli.tests.message;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL at awkward moments (the relay in the middle of a send, Bob's daemon while
 * messages arrive, Alice's {@code send} and {@code sync} and Bob's {@code sync} at random
 * points), then a restart: every message is shown exactly once, in send order. The random
 * moments come from a seed printed at the start, to replay a failure.
 */
class MessagingCrashTest {
    @TempDir
    Path dir;

    private IntroducedPair pair;
    private MessagingCrashScenarios scenarios;

    @BeforeEach
    void introduce() throws Exception {
        long seed = System.nanoTime();
        System.out.println("MessagingCrashTest seed " + seed);
        pair = IntroducedPair.start(dir, PliProfile.Protection.UNATTENDED);
        scenarios = new MessagingCrashScenarios(pair, new Random(seed));
    }

    @AfterEach
    void stopEverything() throws InterruptedException {
        if (pair != null) {
            pair.close();
        }
    }

    /** The relay dies during send 5 and comes back after send 7: sends 6 and 7 can only queue. */
    @Test
    void relayKilledWhileAliceSendsLosesNothing() throws Exception {
        scenarios.relayKilledWhileAliceSendsLosesNothing();
    }

    /** Bob's daemon is killed shortly after sends 3, 6 and 9 and started again each time. */
    @Test
    void bobsDaemonKilledWhileMessagesArriveShowsEachOnce() throws Exception {
        scenarios.bobsDaemonKilledWhileMessagesArriveShowsEachOnce();
    }

    /** Alice's sends and syncs and Bob's syncs are killed after random delays. */
    @Test
    void sendsAndSyncsKilledAtRandomMomentsLoseAndDuplicateNothing() throws Exception {
        scenarios.sendsAndSyncsKilledAtRandomMomentsLoseAndDuplicateNothing();
    }
}
