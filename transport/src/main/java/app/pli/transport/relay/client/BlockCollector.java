package app.pli.transport.relay.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * A request answered by blocks and then the relay's {@code FetchDone} (a fetch, a read):
 * collects the blocks and completes with them; after a lost connection it starts over.
 */
abstract class BlockCollector extends PendingRequest {
    final MailboxCredentials mailbox;
    private final CompletableFuture<List<RelayBlock>> future;
    private final List<RelayBlock> blocks = new ArrayList<>();

    BlockCollector(long id, Executor callbacks, MailboxCredentials mailbox,
            CompletableFuture<List<RelayBlock>> future) {
        super(id, callbacks);
        this.mailbox = mailbox;
        this.future = future;
    }

    @Override
    final void delivered(RelayBlock block) {
        blocks.add(block);
    }

    @Override
    final void fetchDone() {
        complete(future, List.copyOf(blocks));
    }

    @Override
    final void connectionLost() {
        super.connectionLost();
        blocks.clear();
    }

    @Override
    final void failed(RelayException e) {
        fail(future, e);
    }
}
