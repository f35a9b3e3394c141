package app.pli.messenger.session;

import static app.pli.messenger.session.RatchetPair.AD;
import static app.pli.messenger.session.RatchetPair.receive;
import static app.pli.messenger.session.RatchetPair.restore;
import static app.pli.messenger.session.RatchetPair.send;
import static app.pli.messenger.session.RatchetRejectionTest.assertRefused;
import static app.pli.messenger.session.RatchetSession.MAX_SKIPPED_KEY_AGE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.pli.messenger.session.RatchetException.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Skipped keys expire by age: a late message still opens within the limit, and not after it. */
class RatchetKeyAgeTest {
    private static final Instant T0 = RatchetPair.NOW;

    private final RatchetPair pair = RatchetPair.create();
    private final RatchetSession bob = pair.holder();
    private final RatchetSession alice = pair.receiver();

    @Test
    void theLimitIsThirtyDays() {
        assertEquals(Duration.ofDays(30), MAX_SKIPPED_KEY_AGE);
    }

    @Test
    void aKeySkippedAtT0StillOpensItsLateMessage29DaysLater() throws RatchetException {
        byte[] late = send(alice, "late", T0);
        assertEquals("on time", receive(bob, send(alice, "on time", T0), T0));
        assertEquals(1, bob.storedSkippedKeys());
        assertEquals("late", receive(bob, late, T0.plus(Duration.ofDays(29))));
        assertEquals(0, bob.storedSkippedKeys());
    }

    @Test
    void aKeySkippedAtT0NoLongerOpensItsLateMessage31DaysLater() throws RatchetException {
        byte[] late = send(alice, "late", T0);
        assertEquals("on time", receive(bob, send(alice, "on time", T0), T0));
        Instant day31 = T0.plus(Duration.ofDays(31));
        assertRefused(bob, late, AD, Reason.NOT_DECRYPTABLE, day31);
        assertEquals(1, bob.storedSkippedKeys(), "a refusal commits nothing, not even the sweep");
        assertEquals("next", receive(bob, send(alice, "next", day31), day31));
        assertEquals(0, bob.storedSkippedKeys(), "a success commits the sweep");
        assertRefused(bob, late, AD, Reason.NOT_DECRYPTABLE, day31);
    }

    @Test
    void anExpiredKeyOfAnEarlierChainIsRefusedAndTheRefusalKeepsIt() throws RatchetException {
        byte[] late = send(alice, "late", T0);
        assertEquals("on time", receive(bob, send(alice, "on time", T0), T0));
        RatchetSessionTest.converse(bob, alice, 4);   // the late message's chain is now an old one
        assertRefused(bob, late, AD, Reason.NOT_DECRYPTABLE, T0.plus(Duration.ofDays(31)));
        assertEquals("late", receive(bob, late, T0.plus(MAX_SKIPPED_KEY_AGE)), "exactly at the limit it opens");
    }

    @Test
    void aKeyExpiresOnlyStrictlyPastTheLimit() throws RatchetException {
        send(alice, "lost", T0);
        receive(bob, send(alice, "kept", T0), T0);
        assertEquals(0, bob.expireSkippedKeys(T0.plus(MAX_SKIPPED_KEY_AGE)));
        assertEquals(1, bob.storedSkippedKeys());
        assertEquals(1, bob.expireSkippedKeys(T0.plus(MAX_SKIPPED_KEY_AGE).plusSeconds(1)));
        assertEquals(0, bob.storedSkippedKeys());
    }

    @Test
    void expireSkippedKeysDropsExactlyTheKeysOlderThanTheLimit() throws RatchetException {
        List<byte[]> lost = new ArrayList<>();
        for (int day : new int[] {0, 10, 20}) {
            Instant at = T0.plus(Duration.ofDays(day));
            lost.add(send(alice, "lost on day " + day, at));
            receive(bob, send(alice, "kept on day " + day, at), at);
        }
        assertEquals(3, bob.storedSkippedKeys());
        Instant day45 = T0.plus(Duration.ofDays(45));   // keys stored before day 15 are too old
        assertEquals(2, bob.expireSkippedKeys(day45));
        assertEquals(1, bob.storedSkippedKeys());
        assertEquals(0, bob.expireSkippedKeys(day45));
        assertRefused(bob, lost.get(0), AD, Reason.NOT_DECRYPTABLE, day45);
        assertRefused(bob, lost.get(1), AD, Reason.NOT_DECRYPTABLE, day45);
        assertEquals("lost on day 20", receive(bob, lost.get(2), day45));
    }

    @Test
    void sendingAlsoDropsExpiredKeys() throws RatchetException {
        send(alice, "lost", T0);
        receive(bob, send(alice, "kept", T0), T0);
        send(bob, "reply", T0.plus(Duration.ofDays(29)));
        assertEquals(1, bob.storedSkippedKeys());
        send(bob, "reply", T0.plus(Duration.ofDays(31)));
        assertEquals(0, bob.storedSkippedKeys());
    }

    @Test
    void aClockThatWentBackKeepsTheKeysAndThrowsNothing() throws RatchetException {
        byte[] lost = send(alice, "lost", T0);
        receive(bob, send(alice, "kept", T0), T0);
        Instant earlier = T0.minus(Duration.ofDays(400));
        assertEquals(0, bob.expireSkippedKeys(earlier));
        assertEquals("back", receive(alice, send(bob, "back", earlier), earlier));
        assertEquals(1, bob.storedSkippedKeys());
        assertEquals("lost", receive(bob, lost, earlier));
    }

    @Test
    void keysSkippedWhileTheClockWasBehindExpireFromTheirOwnTime() throws RatchetException {
        Instant behind = T0.minus(Duration.ofDays(100));
        byte[] lostAtT0 = send(alice, "lost at t0", T0);
        receive(bob, send(alice, "kept at t0", T0), T0);
        byte[] lostBehind = send(alice, "lost behind", behind);
        receive(bob, send(alice, "kept behind", behind), behind);   // stamped 100 days before the first
        Instant later = T0.plus(Duration.ofDays(1));
        assertEquals(1, bob.expireSkippedKeys(later), "only the key stamped 100 days back goes, though stored last");
        assertRefused(bob, lostBehind, AD, Reason.NOT_DECRYPTABLE, later);
        assertEquals("lost at t0", receive(bob, lostAtT0, later));
    }

    @Test
    void aClockBefore1970StampsZeroAndTheStateStaysStorable() throws RatchetException {
        Instant before1970 = Instant.EPOCH.minus(Duration.ofDays(3));
        byte[] lost = send(alice, "lost", before1970);
        receive(bob, send(alice, "kept", before1970), before1970);
        RatchetSession restored = restore(bob.toBytes());
        assertEquals(1, restored.storedSkippedKeys());
        assertEquals("lost", receive(restored, lost, Instant.EPOCH.plus(MAX_SKIPPED_KEY_AGE)));
    }

    @Test
    void aMissingTimeIsRefusedBeforeAnythingChanges() {
        byte[] message = send(alice, "hello", T0);
        byte[] before = bob.toBytes();
        assertThrows(NullPointerException.class, () -> bob.decrypt(message, AD, null));
        assertThrows(NullPointerException.class, () -> bob.encrypt(new byte[1], AD, null));
        assertThrows(NullPointerException.class, () -> bob.expireSkippedKeys(null));
        assertThrows(NullPointerException.class, () -> RatchetSession.fromBytes(before, null));
        assertArrayEquals(before, bob.toBytes());
    }
}
