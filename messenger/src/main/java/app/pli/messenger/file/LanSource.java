package app.pli.messenger.file;

import app.pli.core.block.Block;
import app.pli.core.error.PliException;
import app.pli.messenger.delivery.RelayUnreachableException;
import app.pli.messenger.lan.LanFiles;
import app.pli.transport.relay.client.RelayBlock;
import app.pli.transport.relay.wire.BlockId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A file's blocks from its sender over a LAN link: each request asks for a run of
 * consecutive indexes and completes when every one of them arrived or was said missing.
 * No relay watches, so padding blocks are not read.
 */
final class LanSource implements BlockSource {
    private static final int BATCH = 64;
    private static final int WINDOW = 16;

    private final LanFiles lan;
    private final long contactId;
    private final byte[] fileId;
    private final Duration timeout;
    private final Map<Integer, Pending> pending = new ConcurrentHashMap<>();

    /** One request: the indexes it waits for, and what arrived. */
    private static final class Pending {
        private final Map<Integer, BlockId> ids;
        private final List<RelayBlock> arrived = new ArrayList<>();
        private final CompletableFuture<List<RelayBlock>> future = new CompletableFuture<>();
        private int open;

        Pending(Map<Integer, BlockId> ids) {
            this.ids = ids;
            this.open = ids.size();
        }

        synchronized void answered(int index, byte[] block) {
            BlockId id = ids.get(index);
            if (id == null || future.isDone()) {
                return;
            }
            if (block != null && block.length == app.pli.core.block.BlockConstants.BLOCK_SIZE) {
                arrived.add(new RelayBlock(id, Block.of(block)));
            }
            if (--open == 0) {
                future.complete(List.copyOf(arrived));
            }
        }
    }

    LanSource(LanFiles lan, long contactId, byte[] fileId, Duration timeout) {
        this.lan = lan;
        this.contactId = contactId;
        this.fileId = fileId.clone();
        this.timeout = timeout;
    }

    @Override
    public int batch() {
        return BATCH;
    }

    @Override
    public int window() {
        return WINDOW;
    }

    @Override
    public boolean readsPadding() {
        return false;
    }

    @Override
    public CompletableFuture<List<RelayBlock>> read(int segment, Map<BlockId, Integer> batch) {
        TreeMap<Integer, BlockId> byIndex = new TreeMap<>();
        batch.forEach((id, index) -> byIndex.put(index, id));
        Pending request = new Pending(byIndex);
        byIndex.keySet().forEach(index -> pending.put(index, request));
        request.future.whenComplete((blocks, error) -> byIndex.keySet().forEach(index -> pending.remove(index, request)));
        int runStart = -1;
        int previous = -2;
        for (int index : byIndex.keySet()) {
            if (index != previous + 1) {
                if (runStart >= 0 && !ask(runStart, previous - runStart + 1)) {
                    request.future.completeExceptionally(unanswered());
                    return request.future;
                }
                runStart = index;
            }
            previous = index;
        }
        if (runStart >= 0 && !ask(runStart, previous - runStart + 1)) {
            request.future.completeExceptionally(unanswered());
        }
        return request.future;
    }

    private boolean ask(int first, int count) {
        return lan.request(contactId, fileId, first, count, new LanFiles.Receiver() {
            @Override
            public void block(int index, byte[] block) {
                Pending request = pending.get(index);
                if (request != null) {
                    request.answered(index, block);
                }
            }

            @Override
            public void missing(int first, int count) {
                for (int index = first; index < first + count; index++) {
                    Pending request = pending.get(index);
                    if (request != null) {
                        request.answered(index, null);
                    }
                }
            }
        });
    }

    @Override
    public Duration timeout() {
        return timeout;
    }

    @Override
    public PliException unanswered() {
        return new RelayUnreachableException("the sender is not reachable over the LAN now; the download resumes"
                + " while pli daemon runs");
    }

    @Override
    public PliException refusal(Throwable cause) {
        return cause instanceof PliException e ? e : unanswered();
    }

    @Override
    public boolean gone(Throwable failure) {
        return false;
    }

    @Override
    public void close() {
        lan.forget(fileId);
        pending.values().forEach(p -> p.future.completeExceptionally(unanswered()));
    }
}
