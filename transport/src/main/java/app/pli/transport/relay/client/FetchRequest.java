package app.pli.transport.relay.client;

import app.pli.transport.relay.wire.ProofPurpose;
import app.pli.transport.relay.wire.RelayRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** Collects the blocks answering one fetch until the relay's {@code FetchDone}. */
final class FetchRequest extends BlockCollector {
    private final int maxBlocks;

    FetchRequest(long id, Executor callbacks, MailboxCredentials mailbox, int maxBlocks,
            CompletableFuture<List<RelayBlock>> future) {
        super(id, callbacks, mailbox, future);
        this.maxBlocks = maxBlocks;
    }

    @Override
    RelayRequest frame(SessionSigner signer) {
        return new RelayRequest.Fetch(id, signer.owner(ProofPurpose.FETCH, mailbox), maxBlocks);
    }

    @Override
    boolean isFetch() {
        return true;
    }
}
