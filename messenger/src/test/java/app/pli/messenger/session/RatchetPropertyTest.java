package app.pli.messenger.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.pli.messenger.session.RatchetException.Reason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Random conversations over an unreliable network and a moving clock, and random or altered
 * input: whatever arrives within the age limit decrypts exactly once, and nothing but
 * {@link RatchetException} escapes.
 */
class RatchetPropertyTest {
    private static final long DAY = 86_400;

    /** One sent message, when, and what became of it at its recipient. */
    private static final class Sent {
        final byte[] message;
        final byte[] plaintext;
        final Instant sentAt;
        boolean delivered;
        /** Refused as too old: the clock only moves on, so it stays refused. */
        boolean expired;

        Sent(byte[] message, byte[] plaintext, Instant sentAt) {
            this.message = message;
            this.plaintext = plaintext;
            this.sentAt = sentAt;
        }
    }

    /** The clock moves on by {@code advanceSeconds}, then {@code action} happens. */
    record Step(int action, long advanceSeconds) {}

    /**
     * Each step advances the clock, then sends (from either side) or delivers a random
     * earlier message to its recipient: never-picked messages are drops, picks out of order
     * are reorderings, and repeated picks are duplicates. With at most 120 steps no chain
     * skips past MAX_SKIP. A message delivered at most MAX_SKIPPED_KEY_AGE after it was sent
     * must open: any key skipped for it was stored no earlier than it was sent.
     */
    @Property(tries = 200)
    void everyMessageDeliveredWithinTheAgeLimitDecryptsExactlyOnce(@ForAll("conversations") List<Step> steps)
            throws RatchetException {
        RatchetPair pair = RatchetPair.create();
        List<Sent> toHolder = new ArrayList<>();
        List<Sent> toReceiver = new ArrayList<>();
        Instant now = RatchetPair.NOW;
        int counter = 0;
        for (Step step : steps) {
            now = now.plusSeconds(step.advanceSeconds());
            int action = step.action();
            switch (action % 4) {
                case 0 -> toHolder.add(send(pair.receiver(), "to holder " + counter++, now));
                case 1 -> toReceiver.add(send(pair.holder(), "to receiver " + counter++, now));
                case 2 -> deliver(pair.holder(), toHolder, action / 4, now);
                default -> deliver(pair.receiver(), toReceiver, action / 4, now);
            }
        }
    }

    /** Mostly no time passes, often up to a day, sometimes up to 12 days: over a run, weeks to months. */
    @Provide
    Arbitrary<List<Step>> conversations() {
        Arbitrary<Long> advances = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(0L)),
                Tuple.of(3, Arbitraries.longs().between(1, DAY)),
                Tuple.of(1, Arbitraries.longs().between(DAY, 12 * DAY)));
        return Combinators.combine(Arbitraries.integers().between(0, 1_000_000), advances).as(Step::new)
                .list().ofMinSize(1).ofMaxSize(120).withSizeDistribution(RandomDistribution.uniform());
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
        byte[] message = from.encrypt(RatchetPair.bytes("the original"), RatchetPair.AD, RatchetPair.NOW);
        byte[] altered = message.clone();
        altered[position % altered.length] ^= (byte) mask;

        assertRefusedUnchanged(to, altered);
        assertEquals("the original", RatchetPair.receive(to, message));
    }

    @Property(tries = 200)
    void alteredStoredStateDecodesOrIsRefusedCleanly(
            @ForAll @IntRange(min = 0, max = 10_000) int position,
            @ForAll @IntRange(min = 1, max = 255) int mask) throws RatchetException {
        RatchetPair pair = RatchetPair.create();
        RatchetPair.send(pair.receiver(), "lost");
        RatchetPair.receive(pair.holder(), RatchetPair.send(pair.receiver(), "kept"));
        byte[] stored = pair.holder().toBytes();
        stored[position % stored.length] ^= (byte) mask;
        try {
            assertArrayEquals(stored, RatchetPair.restore(stored).toBytes(), "what decodes re-encodes identically");
        } catch (RatchetException refused) {
            assertNotEquals(null, refused.reason());
        }
    }

    private static Sent send(RatchetSession from, String text, Instant now) {
        byte[] plaintext = RatchetPair.bytes(text);
        return new Sent(from.encrypt(plaintext, RatchetPair.AD, now), plaintext, now);
    }

    /**
     * One pick in three may be any message (a duplicate, maybe); the others pick one not yet
     * decrypted or expired. One delivered too late may open (its key was skipped later than it
     * was sent, or none was skipped) or be refused; a refusal leaves the session unchanged.
     */
    private static void deliver(RatchetSession to, List<Sent> inFlight, int pick, Instant now)
            throws RatchetException {
        List<Sent> undelivered = inFlight.stream().filter(s -> !s.delivered && !s.expired).toList();
        List<Sent> candidates = pick % 3 == 0 || undelivered.isEmpty() ? inFlight : undelivered;
        if (candidates.isEmpty()) {
            return;
        }
        Sent sent = candidates.get(pick / 3 % candidates.size());
        if (sent.delivered || sent.expired) {
            RatchetRejectionTest.assertRefused(to, sent.message, RatchetPair.AD, Reason.NOT_DECRYPTABLE, now);
        } else if (!now.isAfter(sent.sentAt.plus(RatchetSession.MAX_SKIPPED_KEY_AGE))) {
            assertArrayEquals(sent.plaintext, to.decrypt(sent.message, RatchetPair.AD, now));
            sent.delivered = true;
        } else {
            byte[] before = to.toBytes();
            try {
                assertArrayEquals(sent.plaintext, to.decrypt(sent.message, RatchetPair.AD, now));
                sent.delivered = true;
            } catch (RatchetException refused) {
                assertEquals(Reason.NOT_DECRYPTABLE, refused.reason());
                assertArrayEquals(before, to.toBytes());
                sent.expired = true;
            }
        }
    }

    private static void assertRefusedUnchanged(RatchetSession to, byte[] message) {
        byte[] before = to.toBytes();
        assertThrows(RatchetException.class, () -> to.decrypt(message, RatchetPair.AD, RatchetPair.NOW));
        assertArrayEquals(before, to.toBytes());
    }
}
