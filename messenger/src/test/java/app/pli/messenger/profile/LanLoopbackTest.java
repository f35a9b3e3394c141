package app.pli.messenger.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.error.PliException;
import app.pli.messenger.api.LanMode;
import app.pli.messenger.api.MessageInfo;
import app.pli.messenger.api.OnlineSession;
import app.pli.messenger.testing.TestPair;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The LAN path on loopback: two introduced profiles online with LAN on 127.0.0.1 find each
 * other by mDNS and talk over a direct Noise KK link while their relay is down.
 */
class LanLoopbackTest {
    /** A liveness bound (mDNS needs a few seconds to resolve), not a speed target. */
    private static final long WAIT_SECONDS = 60;
    private static final LanMode LOOPBACK = LanMode.on(Optional.of("127.0.0.1"));

    @TempDir
    Path dir;

    private TestPair pair;

    @BeforeEach
    void introduce() throws PliException {
        pair = TestPair.introduced(dir);
    }

    @AfterEach
    void stop() throws PliException {
        pair.close();
    }

    @Test
    void messagesTravelOverTheDirectLinkWhileTheRelayIsDown() throws Exception {
        pair.relay.stop();
        LinkedBlockingQueue<MessageInfo> atBob = new LinkedBlockingQueue<>();
        LinkedBlockingQueue<MessageInfo> atAlice = new LinkedBlockingQueue<>();
        try (OnlineSession bob = pair.bob.goOnline(atBob::add, LOOPBACK);
                OnlineSession alice = pair.alice.goOnline(atAlice::add, LOOPBACK)) {
            assertTrue(alice.lanDescription().orElseThrow().contains("127.0.0.1"), alice.lanDescription().toString());
            alice.send(TestPair.BOB, "over the LAN");
            MessageInfo received = atBob.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(received, "nothing arrived over the LAN within " + WAIT_SECONDS + " s");
            assertEquals("over the LAN", received.text());

            bob.send(TestPair.ALICE, "and back");
            MessageInfo back = atAlice.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(back, "the answer did not arrive over the LAN");
            assertEquals("and back", back.text());
        }
        List<MessageInfo> atBobStore = pair.bob.messages(TestPair.ALICE, 10);
        assertEquals(1, atBobStore.stream().filter(m -> m.text().equals("over the LAN")).count());
        String status = pair.alice.messages(TestPair.BOB, 10).stream().filter(MessageInfo::outgoing).findFirst()
                .orElseThrow().status();
        assertTrue(status.equals("sent") || status.equals("delivered"), "handed over on the link: " + status);
    }
}
