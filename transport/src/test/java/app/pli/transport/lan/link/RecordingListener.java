package app.pli.transport.lan.link;

import app.pli.core.error.PliException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link LinkListener} that records what happens, for tests. While {@link #refuse} is set
 * it throws instead of storing; while {@link #hold} is set it blocks until released.
 */
final class RecordingListener implements LinkListener {
    private static final long WAIT_SECONDS = 20;

    final BlockingQueue<LinkBlock> stored = new LinkedBlockingQueue<>();
    final BlockingQueue<Long> downs = new LinkedBlockingQueue<>();
    private final ConcurrentHashMap<Long, CompletableFuture<LanLink>> ups = new ConcurrentHashMap<>();
    volatile boolean refuse;
    volatile CompletableFuture<Void> hold = CompletableFuture.completedFuture(null);

    @Override
    public void onLinkUp(long peerId, LanLink link) {
        upFuture(peerId).complete(link);
    }

    @Override
    public void onBlocks(long peerId, List<LinkBlock> blocks) throws PliException {
        hold.join();
        if (refuse) {
            throw new PliException("test refuses to store");
        }
        stored.addAll(blocks);
    }

    @Override
    public void onLinkDown(long peerId) {
        downs.add(peerId);
    }

    /** The link reported up for {@code peerId}, waiting for it. */
    LanLink awaitUp(long peerId) throws Exception {
        return upFuture(peerId).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** Whether a link with {@code peerId} was ever reported up. */
    boolean wasUp(long peerId) {
        CompletableFuture<LanLink> up = ups.get(peerId);
        return up != null && up.isDone();
    }

    /** The next stored block, waiting for it; null if none came in time. */
    LinkBlock nextStored() throws InterruptedException {
        return stored.poll(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** The next peer whose link went down, waiting for it; null if none did in time. */
    Long nextDown() throws InterruptedException {
        return downs.poll(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private CompletableFuture<LanLink> upFuture(long peerId) {
        return ups.computeIfAbsent(peerId, k -> new CompletableFuture<>());
    }
}
