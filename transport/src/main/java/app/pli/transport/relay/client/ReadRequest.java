package app.pli.transport.relay.client;

import app.pli.transport.relay.wire.BlockId;
import app.pli.transport.relay.wire.ProofPurpose;
import app.pli.transport.relay.wire.RelayRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Collects the blocks answering one read by block id until the relay's {@code FetchDone}.
 * Unlike a fetch it deletes nothing and may run beside other reads on one connection.
 */
final class ReadRequest extends BlockCollector {
    private final List<BlockId> blockIds;

    /** @param blockIds 1 to {@link app.pli.transport.relay.wire.RelayConstants#MAX_READ_IDS} ids */
    ReadRequest(long id, Executor callbacks, MailboxCredentials mailbox, List<BlockId> blockIds,
            CompletableFuture<List<RelayBlock>> future) {
        super(id, callbacks, mailbox, future);
        this.blockIds = List.copyOf(blockIds);
    }

    @Override
    RelayRequest frame(SessionSigner signer) {
        return new RelayRequest.Read(id, signer.owner(ProofPurpose.READ, mailbox),
                blockIds.stream().map(BlockId::bytes).toList());
    }
}
