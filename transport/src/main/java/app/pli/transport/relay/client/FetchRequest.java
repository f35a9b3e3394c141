package app.pli.transport.relay.client;

import app.pli.transport.relay.wire.ProofPurpose;
import app.pli.transport.relay.wire.RelayRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** Collects the blocks answering one fetch until the relay's {@code FetchDone}. */
final class FetchRequest extends PendingRequest {
    private final MailboxCredentials mailbox;
    private final int maxBlocks;
    private final CompletableFuture<List<RelayBlock>> future;
    private final List<RelayBlock> blocks = new ArrayList<>();

    FetchRequest(long id, Executor callbacks, MailboxCredentials mailbox, int maxBlocks,
            CompletableFuture<List<RelayBlock>> future) {
        super(id, callbacks);
        this.mailbox = mailbox;
        this.maxBlocks = maxBlocks;
        this.future = future;
    }

    @Override
    RelayRequest frame(SessionSigner signer) {
        return new RelayRequest.Fetch(id, signer.owner(ProofPurpose.FETCH, mailbox), maxBlocks);
    }

    @Override
    void delivered(RelayBlock block) {
        blocks.add(block);
    }

    @Override
    void fetchDone() {
        complete(future, List.copyOf(blocks));
    }

    @Override
    void connectionLost() {
        super.connectionLost();
        blocks.clear();
    }

    @Override
    void failed(RelayException e) {
        fail(future, e);
    }

    @Override
    boolean isFetch() {
        return true;
    }
}
