package app.pli.messenger.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The window of requests in flight: bounded, drained on the transferring thread, failures unwrapped. */
class BlockPipelineTest {
    private static final long SHORT = 50;
    private static final long LONG = 10_000;

    @Test
    void theWindowBoundsRequestsInFlight() throws InterruptedException {
        BlockPipeline pipeline = new BlockPipeline(3);
        assertTrue(pipeline.acquire(SHORT));
        assertTrue(pipeline.acquire(SHORT));
        assertTrue(pipeline.acquire(SHORT));
        assertFalse(pipeline.acquire(SHORT), "a fourth request while three are in flight");
        assertFalse(pipeline.drain(SHORT), "three are in flight");

        pipeline.finished(List.of(7), null);
        assertTrue(pipeline.acquire(SHORT), "one finished, one more may go");
        assertFalse(pipeline.acquire(SHORT));
    }

    @Test
    void aWindowOfOneAlternates() throws InterruptedException {
        BlockPipeline pipeline = new BlockPipeline(1);
        for (int i = 0; i < 5; i++) {
            assertTrue(pipeline.acquire(SHORT));
            assertFalse(pipeline.acquire(SHORT));
            pipeline.finished(List.of(i), null);
        }
        assertTrue(pipeline.drain(SHORT));
        List<Integer> polled = new ArrayList<>();
        for (Integer index = pipeline.poll(); index != null; index = pipeline.poll()) {
            polled.add(index);
        }
        assertEquals(List.of(0, 1, 2, 3, 4), polled);
    }

    @Test
    void finishedIndexesArePolledOnceEach() throws InterruptedException {
        BlockPipeline pipeline = new BlockPipeline(4);
        assertNull(pipeline.poll());
        assertTrue(pipeline.acquire(SHORT));
        assertTrue(pipeline.acquire(SHORT));
        assertTrue(pipeline.acquire(SHORT));
        pipeline.finished(List.of(0, 1, 2, 3), null);
        pipeline.finished(List.of(), null);
        pipeline.finished(List.of(16, 17), null);
        List<Integer> polled = new ArrayList<>();
        for (Integer index = pipeline.poll(); index != null; index = pipeline.poll()) {
            polled.add(index);
        }
        assertEquals(List.of(0, 1, 2, 3, 16, 17), polled);
        assertNull(pipeline.poll());
        assertNull(pipeline.failure());
        assertTrue(pipeline.drain(SHORT));
    }

    @Test
    void aFailureIsKeptUnwrappedAndItsIndexesAreNotDone() throws InterruptedException {
        BlockPipeline pipeline = new BlockPipeline(4);
        IOException cause = new IOException("the relay went away");
        for (int i = 0; i < 3; i++) {
            assertTrue(pipeline.acquire(SHORT));
        }
        pipeline.finished(List.of(1, 2), new CompletionException(new ExecutionException(new CompletionException(cause))));
        assertSame(cause, pipeline.failure());
        assertNull(pipeline.poll(), "a failed request finished no block");

        IllegalStateException later = new IllegalStateException("later");
        pipeline.finished(null, later);
        assertSame(cause, pipeline.failure(), "the first failure is kept");
        pipeline.finished(List.of(9), null);
        assertEquals(9, pipeline.poll());
        assertTrue(pipeline.drain(SHORT), "failed requests free their slots too");
    }

    @Test
    void aBareWrapperIsKeptAsItIs() {
        BlockPipeline pipeline = new BlockPipeline(2);
        CompletionException bare = new CompletionException("no cause", null);
        pipeline.finished(List.of(), bare);
        assertSame(bare, pipeline.failure());

        BlockPipeline other = new BlockPipeline(2);
        IllegalArgumentException plain = new IllegalArgumentException("plain");
        other.finished(List.of(), plain);
        assertSame(plain, other.failure());
    }

    @Test
    void aFailedFutureIsStoredAsItsCause() throws Exception {
        BlockPipeline pipeline = new BlockPipeline(2);
        IOException cause = new IOException("refused");
        assertTrue(pipeline.acquire(SHORT));
        CompletableFuture<List<Integer>> request = CompletableFuture.supplyAsync(() -> {
            throw new CompletionException(cause);
        });
        CompletableFuture<Void> done = request.thenApply(List::copyOf)
                .whenComplete((indexes, error) -> pipeline.finished(indexes, error))
                .handle((x, e) -> null);
        done.get(LONG, TimeUnit.MILLISECONDS);
        assertSame(cause, pipeline.failure());
        assertTrue(pipeline.drain(LONG));
    }

    @Test
    void drainWaitsForRequestsFinishedOnOtherThreads() throws Exception {
        BlockPipeline pipeline = new BlockPipeline(8);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            int requests = 200;
            for (int r = 0; r < requests; r++) {
                assertTrue(pipeline.acquire(LONG), "request " + r);
                int first = r * 2;
                pool.execute(() -> pipeline.finished(List.of(first, first + 1), null));
            }
            assertTrue(pipeline.drain(LONG));
            Set<Integer> polled = new HashSet<>();
            for (Integer index = pipeline.poll(); index != null; index = pipeline.poll()) {
                assertTrue(polled.add(index), "index " + index + " polled twice");
            }
            assertEquals(2 * requests, polled.size());
            assertNull(pipeline.failure());
            // after a drain, the whole window is free again
            for (int i = 0; i < 8; i++) {
                assertTrue(pipeline.acquire(SHORT));
            }
            assertFalse(pipeline.acquire(SHORT));
        } finally {
            pool.shutdownNow();
        }
    }
}
