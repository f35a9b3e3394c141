package app.pli.messenger.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.pli.messenger.session.RatchetException.Reason;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Random conversations over an unreliable network, and random or altered input: whatever
 * arrives, each message decrypts exactly once and nothing but {@link RatchetException} escapes.
 */
class RatchetPropertyTest {
    /** One sent message and whether its recipient has decrypted it. */
    private static final class Sent {
        final byte[] message;
        final byte[] plaintext;
        boolean delivered;

        Sent(byte[] message, byte[] plaintext) {
            this.message = message;
            this.plaintext = plaintext;
        }
    }

    /**
     * Each step sends (from either side) or delivers a random earlier message to its
     * recipient: never-picked messages are drops, picks out of order are reorderings, and
     * repeated picks are duplicates. With at most 120 steps no chain skips past MAX_SKIP.
     */
    @Property(tries = 200)
    void everyDeliveredMessageDecryptsExactlyOnce(@ForAll("conversations") List<Integer> steps) throws RatchetException {
        RatchetPair pair = RatchetPair.create();
        List<Sent> toHolder = new ArrayList<>();
        List<Sent> toReceiver = new ArrayList<>();
        int counter = 0;
        for (int step : steps) {
            switch (step % 4) {
                case 0 -> toHolder.add(send(pair.receiver(), "to holder " + counter++));
                case 1 -> toReceiver.add(send(pair.holder(), "to receiver " + counter++));
                case 2 -> deliver(pair.holder(), toHolder, step / 4);
                default -> deliver(pair.receiver(), toReceiver, step / 4);
            }
        }
    }

    @Provide
    Arbitrary<List<Integer>> conversations() {
        return Arbitraries.integers().between(0, 1_000_000).list()
                .ofMinSize(1).ofMaxSize(120).withSizeDistribution(RandomDistribution.uniform());
    }

    @Property(tries = 200)
    void randomBytesAreRefusedWithoutChangingTheSession(@ForAll @Size(max = 300) byte[] noise) {
        RatchetPair pair = RatchetPair.create();
        assertRefusedUnchanged(pair.holder(), noise);
        assertRefusedUnchanged(pair.receiver(), noise);
    }

    @Property(tries = 200)
    void anyAlteredByteIsRefusedAndTheOriginalStillDecrypts(
            @ForAll @IntRange(min = 0, max = 10_000) int position,
            @ForAll @IntRange(min = 1, max = 255) int mask,
            @ForAll boolean fromHolder) throws RatchetException {
        RatchetPair pair = RatchetPair.create();
        RatchetSession from = fromHolder ? pair.holder() : pair.receiver();
        RatchetSession to = fromHolder ? pair.receiver() : pair.holder();
        byte[] message = from.encrypt(RatchetPair.bytes("the original"), RatchetPair.AD);
        byte[] altered = message.clone();
        altered[position % altered.length] ^= (byte) mask;

        assertRefusedUnchanged(to, altered);
        assertEquals("the original", RatchetPair.text(to.decrypt(message, RatchetPair.AD)));
    }

    @Property(tries = 200)
    void alteredStoredStateDecodesOrIsRefusedCleanly(
            @ForAll @IntRange(min = 0, max = 10_000) int position,
            @ForAll @IntRange(min = 1, max = 255) int mask) throws RatchetException {
        RatchetPair pair = RatchetPair.create();
        pair.receiver().encrypt(RatchetPair.bytes("lost"), RatchetPair.AD);
        pair.holder().decrypt(pair.receiver().encrypt(RatchetPair.bytes("kept"), RatchetPair.AD), RatchetPair.AD);
        byte[] stored = pair.holder().toBytes();
        stored[position % stored.length] ^= (byte) mask;
        try {
            assertArrayEquals(stored, RatchetSession.fromBytes(stored).toBytes(), "what decodes re-encodes identically");
        } catch (RatchetException refused) {
            assertNotEquals(null, refused.reason());
        }
    }

    private static Sent send(RatchetSession from, String text) {
        byte[] plaintext = RatchetPair.bytes(text);
        return new Sent(from.encrypt(plaintext, RatchetPair.AD), plaintext);
    }

    /** One pick in three may be any message (a duplicate, maybe); the others pick an undelivered one. */
    private static void deliver(RatchetSession to, List<Sent> inFlight, int pick) throws RatchetException {
        List<Sent> undelivered = inFlight.stream().filter(s -> !s.delivered).toList();
        List<Sent> candidates = pick % 3 == 0 || undelivered.isEmpty() ? inFlight : undelivered;
        if (candidates.isEmpty()) {
            return;
        }
        Sent sent = candidates.get(pick / 3 % candidates.size());
        if (sent.delivered) {
            RatchetException refused = assertThrows(RatchetException.class, () -> to.decrypt(sent.message, RatchetPair.AD));
            assertEquals(Reason.NOT_DECRYPTABLE, refused.reason());
        } else {
            assertArrayEquals(sent.plaintext, to.decrypt(sent.message, RatchetPair.AD));
            sent.delivered = true;
        }
    }

    private static void assertRefusedUnchanged(RatchetSession to, byte[] message) {
        byte[] before = to.toBytes();
        assertThrows(RatchetException.class, () -> to.decrypt(message, RatchetPair.AD));
        assertArrayEquals(before, to.toBytes());
    }
}
