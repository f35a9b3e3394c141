package app.pli.messenger.session;

import static app.pli.messenger.session.RatchetPair.AD;
import static app.pli.messenger.session.RatchetPair.receive;
import static app.pli.messenger.session.RatchetPair.restore;
import static app.pli.messenger.session.RatchetPair.send;
import static app.pli.messenger.session.RatchetSession.MAX_SKIPPED_KEY_AGE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.pli.core.crypto.CryptoRandom;
import app.pli.core.crypto.X25519;
import app.pli.messenger.session.RatchetException.Reason;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The stored form: a faithful, deterministic round trip, and a strict decoder. */
class RatchetPersistenceTest {
    /** A skipped entry of version 2: header key, N, message key, stored-at. */
    private static final int ENTRY = 32 + 4 + 32 + 8;
    /** A skipped entry of version 1: the same without the time. */
    private static final int ENTRY_V1 = 32 + 4 + 32;

    private final RatchetPair pair = RatchetPair.create();
    private final RatchetSession bob = pair.holder();
    private final RatchetSession alice = pair.receiver();

    @Test
    void aRestoredSessionContinuesTheConversation() throws RatchetException {
        RatchetSessionTest.converse(alice, bob, 3);
        byte[] skippedForBob = send(alice, "skipped");
        assertEquals("ahead", receive(bob, send(alice, "ahead")));
        byte[] inFlightToAlice = send(bob, "in flight");

        RatchetSession restoredBob = restore(bob.toBytes());
        RatchetSession restoredAlice = restore(alice.toBytes());

        assertEquals(1, restoredBob.storedSkippedKeys());
        assertEquals("skipped", receive(restoredBob, skippedForBob));
        assertEquals("in flight", receive(restoredAlice, inFlightToAlice));
        RatchetSessionTest.converse(restoredAlice, restoredBob, 4);
    }

    @Test
    void aKeyHolderThatNeverReceivedRoundTrips() throws RatchetException {
        byte[] stored = bob.toBytes();
        RatchetSession restored = restore(stored);
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
        assertEquals(2, stored[0]);
        assertArrayEquals(stored, bob.toBytes());
        assertArrayEquals(stored, restore(stored).toBytes());
        // version, DHs, flag, receiving chain (3 x 32), five keys, three counters, count, one entry
        assertEquals(1 + 32 + 1 + 96 + 160 + 12 + 4 + ENTRY, stored.length);
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
        stored[0] = 3;
        assertRefused(stored, Reason.UNSUPPORTED_VERSION);
        stored[0] = 0;
        assertRefused(stored, Reason.UNSUPPORTED_VERSION);
        stored[0] = (byte) 0xFF;
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
        int entry = ENTRY;
        int first = stored.length - 2 * entry;
        // Make the second entry a copy of the first.
        System.arraycopy(stored, first, stored, first + entry, entry);
        assertRefused(stored, Reason.MALFORMED);
        assertEquals("lost 2", receive(bob, skip2));
        assertEquals("lost 3", receive(bob, skip3));
    }

    @Test
    void theTimeOfEverySkippedKeyRoundTrips() throws RatchetException {
        Instant early = RatchetPair.NOW;
        Instant later = early.plus(Duration.ofDays(3)).plusSeconds(17);
        byte[] lostEarly = send(alice, "lost early", early);
        receive(bob, send(alice, "kept", early), early);
        byte[] lostLater = send(alice, "lost later", later);
        receive(bob, send(alice, "kept later", later), later);
        byte[] stored = bob.toBytes();
        assertEquals(early.getEpochSecond(), storedAt(stored, 2, 0));
        assertEquals(later.getEpochSecond(), storedAt(stored, 2, 1));

        // A v2 state ignores the time given to fromBytes: no sweep, no restamp.
        RatchetSession restored = RatchetSession.fromBytes(stored, later.plus(Duration.ofDays(1000)));
        assertArrayEquals(stored, restored.toBytes());
        assertEquals(1, restored.expireSkippedKeys(early.plus(MAX_SKIPPED_KEY_AGE).plusSeconds(1)));
        RatchetRejectionTest.assertRefused(restored, lostEarly, AD, Reason.NOT_DECRYPTABLE, later);
        assertEquals("lost later", receive(restored, lostLater, later.plus(MAX_SKIPPED_KEY_AGE)));
    }

    @Test
    void aHandBuiltVersionOneStateDecodesWithItsKeysStampedNow() throws RatchetException {
        byte[] privateKey = X25519.generateKeyPair().privateKey().bytes();
        byte[] keys = CryptoRandom.bytes(5 * 32);                 // RK, CKs, HKs, NHKs, NHKr
        byte[][] headerKeys = {CryptoRandom.bytes(32), CryptoRandom.bytes(32)};
        byte[][] messageKeys = {CryptoRandom.bytes(32), CryptoRandom.bytes(32)};
        int[] numbers = {4, 0};
        int fixed = 1 + 32 + 1 + 160 + 12 + 4;
        // PROTOCOL.md §9.2, v1: 0x01 | DHs.priv | flag 0 | RK | CKs | HKs | NHKs | NHKr | Ns | Nr | PN | count | entries
        ByteBuffer v1 = ByteBuffer.allocate(fixed + 2 * ENTRY_V1);
        ByteBuffer v2 = ByteBuffer.allocate(fixed + 2 * ENTRY);
        Instant now = Instant.parse("2026-07-04T10:11:12.999Z");
        for (ByteBuffer out : new ByteBuffer[] {v1, v2}) {
            out.put((byte) (out == v1 ? 1 : 2)).put(privateKey).put((byte) 0).put(keys);
            out.putInt(7).putInt(3).putInt(5).putInt(2);
            for (int i = 0; i < 2; i++) {
                out.put(headerKeys[i]).putInt(numbers[i]).put(messageKeys[i]);
                if (out == v2) {
                    out.putLong(now.getEpochSecond());
                }
            }
        }

        RatchetSession migrated = RatchetSession.fromBytes(v1.array(), now);
        assertEquals(2, migrated.storedSkippedKeys());
        assertArrayEquals(v2.array(), migrated.toBytes(), "re-encoded as v2, each key stamped now");
        assertEquals(0, migrated.expireSkippedKeys(now.plus(MAX_SKIPPED_KEY_AGE)));
        assertEquals(2, migrated.expireSkippedKeys(now.plus(MAX_SKIPPED_KEY_AGE).plusSeconds(1)));
    }

    @Test
    void aSessionStoredAsVersionOneStillOpensItsSkippedMessages() throws RatchetException {
        byte[] lost = send(alice, "lost");
        byte[] lostToo = send(alice, "lost too");
        receive(bob, send(alice, "kept"));
        byte[] v1 = versionOne(bob.toBytes(), 2);
        Instant migratedAt = RatchetPair.NOW.plus(Duration.ofDays(40));

        RatchetSession migrated = RatchetSession.fromBytes(v1, migratedAt);
        assertEquals(migratedAt.getEpochSecond(), storedAt(migrated.toBytes(), 2, 0));
        assertEquals(migratedAt.getEpochSecond(), storedAt(migrated.toBytes(), 2, 1));
        // 70 days after the keys were skipped, but the limit counts from the migration.
        Instant lastDay = migratedAt.plus(MAX_SKIPPED_KEY_AGE);
        assertEquals("lost too", receive(migrated, lostToo, lastDay));
        assertEquals("lost", receive(migrated, lost, lastDay));
        RatchetSessionTest.converse(alice, migrated, 3);
    }

    @Test
    void everyTruncationOfAVersionOneStateIsRefused() throws RatchetException {
        send(alice, "lost");
        receive(bob, send(alice, "kept"));
        byte[] v1 = versionOne(bob.toBytes(), 1);
        restore(v1);
        for (int length = 0; length < v1.length; length++) {
            assertRefused(Arrays.copyOf(v1, length), Reason.MALFORMED);
        }
        assertRefused(Arrays.copyOf(v1, v1.length + 1), Reason.MALFORMED);
    }

    @Test
    void aVersionTwoBodyLabelledVersionOneIsRefused() throws RatchetException {
        send(alice, "lost");
        receive(bob, send(alice, "kept"));
        byte[] stored = bob.toBytes();
        stored[0] = 1;
        assertRefused(stored, Reason.MALFORMED);
    }

    @Test
    void aSkippedKeyTimeAboveTwoToTheSixtyThreeIsRefused() throws RatchetException {
        send(alice, "lost");
        receive(bob, send(alice, "kept"));
        byte[] stored = bob.toBytes();
        stored[stored.length - 8] = (byte) 0x80;
        assertRefused(stored, Reason.MALFORMED);
        stored[stored.length - 8] = (byte) 0x7F;
        assertEquals(1, restore(stored).storedSkippedKeys(), "a far-future time is only a clock that went back");
    }

    /** The stored-at time of entry {@code index} of the {@code count} entries that end {@code stored}. */
    private static long storedAt(byte[] stored, int count, int index) {
        return ByteBuffer.wrap(stored).getLong(stored.length - (count - index) * ENTRY + ENTRY_V1);
    }

    /** The version 1 form of a version 2 state with {@code count} skipped entries: the times cut out. */
    private static byte[] versionOne(byte[] v2, int count) {
        int fixed = v2.length - count * ENTRY;
        ByteBuffer v1 = ByteBuffer.allocate(fixed + count * ENTRY_V1);
        v1.put((byte) 1).put(v2, 1, fixed - 1);
        for (int i = 0; i < count; i++) {
            v1.put(v2, fixed + i * ENTRY, ENTRY_V1);
        }
        return v1.array();
    }

    private static void assertRefused(byte[] stored, Reason reason) {
        RatchetException refused = assertThrows(RatchetException.class,
                () -> RatchetSession.fromBytes(stored, RatchetPair.NOW));
        assertEquals(reason, refused.reason(), refused.getMessage());
    }
}
