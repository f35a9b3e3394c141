package app.pli.transport.relay.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.block.Block;
import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The pieces of a load run that need no relay: block stamps, percentiles, option bounds. */
class LoadPartsTest {
    @Test
    void stampReadsBackItsSequenceAndStart() {
        StampedBlock stamps = StampedBlock.forNewRun();
        byte[] bytes = stamps.stamp(123_456_789L, 42L).bytes();
        assertEquals(OptionalLong.of(123_456_789L), stamps.sequenceOf(bytes));
        assertEquals(42L, StampedBlock.startNanosOf(bytes));
    }

    @Test
    void blockOfAnotherRunOrAlteredIsNotAccepted() {
        StampedBlock stamps = StampedBlock.forNewRun();
        Block other = StampedBlock.forNewRun().stamp(1, 1);
        assertTrue(stamps.sequenceOf(other.bytes()).isEmpty());
        byte[] altered = stamps.stamp(1, 1).bytes();
        altered[4000] ^= 1;
        assertTrue(stamps.sequenceOf(altered).isEmpty());
    }

    @Test
    void percentilesAreNearestRank() {
        LatencyRecorder recorder = new LatencyRecorder(100);
        for (int ms = 1; ms <= 100; ms++) {
            recorder.record(Duration.ofMillis(ms).toNanos());
        }
        LatencyRecorder.Percentiles p = recorder.percentiles();
        assertEquals(50.0, p.p50Ms());
        assertEquals(90.0, p.p90Ms());
        assertEquals(99.0, p.p99Ms());
        assertEquals(100.0, p.maxMs());
    }

    @Test
    void noLatenciesGiveZeros() {
        assertEquals(new LatencyRecorder.Percentiles(0, 0, 0, 0), new LatencyRecorder(10).percentiles());
    }

    @Test
    void blocksAreSharedEvenlyWithTheRemainderOnTheFirstPairs() {
        LoadOptions options = LoadOptions.of(4, 10);
        assertEquals(3, options.blocksOfPair(0));
        assertEquals(3, options.blocksOfPair(1));
        assertEquals(2, options.blocksOfPair(2));
        assertEquals(2, options.blocksOfPair(3));
    }

    @Test
    void optionsOutsideTheirBoundsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> LoadOptions.of(0, 10));
        assertThrows(IllegalArgumentException.class, () -> LoadOptions.of(LoadOptions.MAX_PAIRS + 1, 10));
        assertThrows(IllegalArgumentException.class, () -> LoadOptions.of(1, 0));
        assertThrows(IllegalArgumentException.class, () -> LoadOptions.of(1, LoadOptions.MAX_BLOCKS + 1));
        assertThrows(IllegalArgumentException.class, () -> LoadOptions.of(1, 10).withRate(-1));
        assertThrows(IllegalArgumentException.class, () -> LoadOptions.of(1, 10).withIdleConnections(-1));
        assertThrows(IllegalArgumentException.class,
                () -> LoadOptions.of(1, 10).withIdleConnections(LoadOptions.MAX_IDLE_CONNECTIONS + 1));
    }

    @Test
    void aWarmupThatCoversThePacedRunOrIsNegativeIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> LoadOptions.of(1, 100).withRate(10).withWarmup(Duration.ofSeconds(10)));
        assertThrows(IllegalArgumentException.class, () -> LoadOptions.of(1, 100).withWarmup(Duration.ofSeconds(-1)));
    }

    @Test
    void aPaceThatCannotFinishWithinTheTimeLimitIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LoadOptions.of(1, 1_000_000).withRate(1));
        assertTrue(e.getMessage().contains("time limit"), e.getMessage());
    }
}
