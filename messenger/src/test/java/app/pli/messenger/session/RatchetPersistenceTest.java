package app.pli.messenger.session;

import static app.pli.messenger.session.RatchetPair.receive;
import static app.pli.messenger.session.RatchetPair.send;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.pli.messenger.session.RatchetException.Reason;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The stored form: a faithful, deterministic round trip, and a strict decoder. */
class RatchetPersistenceTest {
    private final RatchetPair pair = RatchetPair.create();
    private final RatchetSession bob = pair.holder();
    private final RatchetSession alice = pair.receiver();

    @Test
    void aRestoredSessionContinuesTheConversation() throws RatchetException {
        RatchetSessionTest.converse(alice, bob, 3);
        byte[] skippedForBob = send(alice, "skipped");
        assertEquals("ahead", receive(bob, send(alice, "ahead")));
        byte[] inFlightToAlice = send(bob, "in flight");

        RatchetSession restoredBob = RatchetSession.fromBytes(bob.toBytes());
        RatchetSession restoredAlice = RatchetSession.fromBytes(alice.toBytes());

        assertEquals(1, restoredBob.storedSkippedKeys());
        assertEquals("skipped", receive(restoredBob, skippedForBob));
        assertEquals("in flight", receive(restoredAlice, inFlightToAlice));
        RatchetSessionTest.converse(restoredAlice, restoredBob, 4);
    }

    @Test
    void aKeyHolderThatNeverReceivedRoundTrips() throws RatchetException {
        byte[] stored = bob.toBytes();
        RatchetSession restored = RatchetSession.fromBytes(stored);
        assertArrayEquals(stored, restored.toBytes());
        assertEquals("first", receive(restored, send(alice, "first")));
        assertEquals("back", receive(alice, send(restored, "back")));
    }

    @Test
    void theStoredFormIsDeterministicAndVersioned() throws RatchetException {
        receive(bob, send(alice, "delivered"));
        send(alice, "lost");
        receive(bob, send(alice, "after the lost one"));
        byte[] stored = bob.toBytes();
        assertEquals(1, stored[0]);
        assertArrayEquals(stored, bob.toBytes());
        assertArrayEquals(stored, RatchetSession.fromBytes(stored).toBytes());
        // version, DHs, flag, receiving chain (3 x 32), five keys, three counters, count, one entry
        assertEquals(1 + 32 + 1 + 96 + 160 + 12 + 4 + 68, stored.length);
    }

    @Test
    void everyTruncationIsRefused() throws RatchetException {
        send(alice, "lost");
        receive(bob, send(alice, "kept"));
        byte[] stored = bob.toBytes();
        for (int length = 0; length < stored.length; length++) {
            assertRefused(Arrays.copyOf(stored, length), Reason.MALFORMED);
        }
    }

    @Test
    void trailingBytesAreRefused() {
        byte[] stored = alice.toBytes();
        assertRefused(Arrays.copyOf(stored, stored.length + 1), Reason.MALFORMED);
    }

    @Test
    void anotherVersionIsRefused() {
        byte[] stored = alice.toBytes();
        stored[0] = 2;
        assertRefused(stored, Reason.UNSUPPORTED_VERSION);
        stored[0] = 0;
        assertRefused(stored, Reason.UNSUPPORTED_VERSION);
    }

    @Test
    void aReceivingChainFlagOtherThanZeroOrOneIsRefused() {
        byte[] stored = alice.toBytes();
        stored[1 + 32] = 2;
        assertRefused(stored, Reason.MALFORMED);
    }

    @Test
    void countersAboveTwoToTheThirtyOneAreRefused() {
        byte[] stored = bob.toBytes();           // no receiving chain: counters start at 1 + 32 + 1 + 160
        stored[1 + 32 + 1 + 160] = (byte) 0x80;
        assertRefused(stored, Reason.MALFORMED);
    }

    @Test
    void moreSkippedKeysThanTheCapAreRefused() {
        byte[] stored = bob.toBytes();
        int countAt = stored.length - 4;
        ByteBuffer.wrap(stored).putInt(countAt, RatchetSession.MAX_STORED_SKIPPED + 1);
        assertRefused(stored, Reason.MALFORMED);
    }

    @Test
    void aSkippedKeyStoredTwiceIsRefused() throws RatchetException {
        byte[] lost = send(alice, "lost");
        receive(bob, send(alice, "kept"));
        assertEquals("lost", receive(bob, lost));
        byte[] skip2 = send(alice, "lost 2");
        byte[] skip3 = send(alice, "lost 3");
        receive(bob, send(alice, "kept 2"));
        byte[] stored = bob.toBytes();
        int entry = 68;
        int first = stored.length - 2 * entry;
        // Make the second entry a copy of the first.
        System.arraycopy(stored, first, stored, first + entry, entry);
        assertRefused(stored, Reason.MALFORMED);
        assertEquals("lost 2", receive(bob, skip2));
        assertEquals("lost 3", receive(bob, skip3));
    }

    private static void assertRefused(byte[] stored, Reason reason) {
        RatchetException refused = assertThrows(RatchetException.class, () -> RatchetSession.fromBytes(stored));
        assertEquals(reason, refused.reason(), refused.getMessage());
    }
}
