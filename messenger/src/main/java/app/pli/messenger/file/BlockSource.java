package app.pli.messenger.file;

import app.pli.core.error.PliException;
import app.pli.transport.relay.client.RelayBlock;
import app.pli.transport.relay.wire.BlockId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Where a download reads a file's sealed blocks: the file mailboxes at its relay, or the
 * sender itself over a LAN link. Whatever it returns is checked by the downloader (each
 * block must open under the file's key at its index).
 */
interface BlockSource extends AutoCloseable {
    /** Most blocks one request asks for. */
    int batch();

    /** Requests in flight at once. */
    int window();

    /** Whether padding blocks are read too (at a relay, so that the reads do not tell the real size). */
    boolean readsPadding();

    /** Asks for the blocks of {@code batch} (block id to index, all in segment {@code segment}); completes with those found. */
    CompletableFuture<List<RelayBlock>> read(int segment, Map<BlockId, Integer> batch);

    /** How long the download waits for any answer before it stops for now. */
    Duration timeout();

    /** The error for a source that stopped answering. */
    PliException unanswered();

    /** The error for a failed request. */
    PliException refusal(Throwable cause);

    /** Whether {@code failure} means the file is gone from this source for good. */
    boolean gone(Throwable failure);

    @Override
    void close();
}
