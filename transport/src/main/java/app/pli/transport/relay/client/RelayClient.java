package app.pli.transport.relay.client;

import app.pli.core.crypto.Ed25519KeyPair;
import app.pli.core.crypto.Ed25519PublicKey;
import app.pli.transport.relay.wire.BlockId;
import app.pli.transport.relay.wire.DepositId;
import app.pli.transport.relay.wire.RelayAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A connection to one blind relay that survives the relay's restarts: it connects in the
 * background, reconnects with capped exponential backoff, renews every subscription, and
 * re-sends every request that has no answer yet (each is idempotent: a block is stored
 * once per block id). Thread-safe.
 *
 * <p>Every operation returns at once with a future. A future completes on a callback
 * thread, never the network thread; it fails with a {@link RelayException} when the relay
 * refuses the request (its {@link RelayException#code()} says why) or when the client is
 * closed first. While the relay is unreachable, requests wait; they do not time out.
 */
public interface RelayClient extends AutoCloseable {
    /** A client for {@code address} with {@link RelayClientOptions#defaults()}; it starts connecting at once. */
    static RelayClient connect(RelayAddress address) {
        return connect(address, RelayClientOptions.defaults());
    }

    /** A client for {@code address}; it starts connecting at once. */
    static RelayClient connect(RelayAddress address, RelayClientOptions options) {
        return NettyRelayClient.start(address, options);
    }

    /** Creates a mailbox under a fresh mailbox key pair and returns its credentials. */
    CompletableFuture<MailboxCredentials> createMailbox();

    /**
     * Deposits {@code blocks} anonymously; completes once the relay has committed every one
     * of them to disk.
     */
    CompletableFuture<Void> deposit(DepositId depositId, List<RelayBlock> blocks);

    /** Deposits into a mailbox locked to {@code sender}, proving possession of its key. */
    CompletableFuture<Void> deposit(DepositId depositId, List<RelayBlock> blocks, Ed25519KeyPair sender);

    /**
     * Has the relay push the mailbox's queued and future blocks to {@code listener}, also
     * after reconnects, until {@link #unsubscribe}. Completes when the relay accepted the
     * first subscription. One listener per mailbox: subscribing again replaces it.
     */
    CompletableFuture<Void> subscribe(MailboxCredentials mailbox, BlockListener listener);

    /** Stops pushes for the mailbox and forgets its listener. */
    CompletableFuture<Void> unsubscribe(MailboxCredentials mailbox);

    /** Up to {@code maxBlocks} of the oldest queued blocks (the relay returns at most 64 per fetch). */
    CompletableFuture<List<RelayBlock>> fetch(MailboxCredentials mailbox, int maxBlocks);

    /**
     * The blocks {@code blockIds} of the mailbox, in that order, without deleting them: a
     * block shared by several readers stays until its owner acks or deletes it. Ids the
     * mailbox does not hold are skipped, so the list is shorter when some are missing (and
     * empty for none). The ids go 16 to a request, and many reads may be in flight at once.
     */
    CompletableFuture<List<RelayBlock>> read(MailboxCredentials mailbox, List<BlockId> blockIds);

    /** Deletes the blocks {@code blockIds} from the mailbox; ids it does not hold are ignored. */
    CompletableFuture<Void> ack(MailboxCredentials mailbox, List<BlockId> blockIds);

    /** From now on only {@code sender} may deposit into the mailbox (replaces an earlier lock). */
    CompletableFuture<Void> lock(MailboxCredentials mailbox, Ed25519PublicKey sender);

    /** Deletes the mailbox and its blocks; completes also if it was already gone. */
    CompletableFuture<Void> delete(MailboxCredentials mailbox);

    /** Whether a Noise session with the relay is established right now. */
    boolean isConnected();

    /**
     * Completes once a Noise session with the relay is established (at once if one is), or
     * fails with a {@link RelayException} saying why as soon as a connection attempt fails
     * while there is none (refused, no route, connect or handshake timeout, a relay without
     * the address's key), and at once if the latest attempt failed. The client keeps trying
     * in the background either way: this only lets a caller that must not wait tell
     * "unreachable now" from "slow".
     */
    CompletableFuture<Void> connection();

    /**
     * Runs {@code listener} (on a callback thread) every time a Noise session with the relay
     * is established from now on, the first one and every reconnection, after the client
     * re-sent its subscriptions and unanswered requests: a long-running caller learns that a
     * relay is back, and that pushes may have been missed while it was gone.
     */
    void addConnectionListener(Runnable listener);

    /** Disconnects for good; every request still waiting fails with a {@link RelayException}. */
    @Override
    void close();
}
