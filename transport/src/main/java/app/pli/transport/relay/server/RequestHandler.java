package app.pli.transport.relay.server;

import app.pli.transport.relay.wire.BlockId;
import app.pli.transport.relay.wire.DepositId;
import app.pli.transport.relay.wire.FetchId;
import app.pli.transport.relay.wire.OwnerProof;
import app.pli.transport.relay.wire.ProofPurpose;
import app.pli.transport.relay.wire.RelayConstants;
import app.pli.transport.relay.wire.RelayErrorCode;
import app.pli.transport.relay.wire.RelayRequest;
import app.pli.transport.relay.wire.RelayResponse;
import io.netty.channel.Channel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Carries out the requests of one established connection: checks proofs (on the event
 * loop, so the writer only compares keys), hands changes to the {@link StoreWriter} and
 * reads to the {@link StoreReader}, and keeps the connection's subscriptions.
 *
 * <p>Confined to the connection's event loop.
 */
final class RequestHandler {
    /** Most mailboxes one connection may subscribe to. */
    static final int MAX_SUBSCRIPTIONS = 4096;

    private final RelayContext relay;
    private final Channel channel;
    private final ConnectionOutbox outbox;
    private final ReadThrottle throttle;
    private final VerifiedProofs proofs;
    private final Map<FetchId, Subscription> subscriptions = new HashMap<>();
    private int subscribesPending;
    private int creations;
    private boolean fetching;

    RequestHandler(RelayContext relay, Channel channel, ConnectionOutbox outbox, byte[] handshakeHash) {
        this.relay = relay;
        this.channel = channel;
        this.outbox = outbox;
        this.throttle = new ReadThrottle(channel, relay.writer());
        this.proofs = new VerifiedProofs(handshakeHash);
    }

    void handle(RelayRequest request) {
        if (request instanceof RelayRequest.Deposit r) {
            deposit(r);
        } else if (request instanceof RelayRequest.Ack r) {
            ack(r);
        } else if (request instanceof RelayRequest.Subscribe r) {
            subscribe(r);
        } else if (request instanceof RelayRequest.Unsubscribe r) {
            unsubscribe(r);
        } else if (request instanceof RelayRequest.Fetch r) {
            fetch(r);
        } else if (request instanceof RelayRequest.Read r) {
            read(r);
        } else if (request instanceof RelayRequest.CreateMailbox r) {
            create(r);
        } else if (request instanceof RelayRequest.Lock r) {
            lock(r);
        } else if (request instanceof RelayRequest.DeleteMailbox r) {
            delete(r);
        } else if (request instanceof RelayRequest.Ping r) {
            outbox.done(r.requestId());
        } else {
            throw new IllegalStateException("unhandled request type " + request.getClass().getName());
        }
    }

    /** The channel's writability changed: reading and pushing may resume. */
    void writabilityChanged() {
        throttle.refresh();
        if (channel.isWritable()) {
            subscriptions.values().forEach(Subscription::pump);
        }
    }

    /** The connection closed: its subscriptions end. */
    void closed() {
        for (Subscription s : subscriptions.values()) {
            relay.subscriptions().remove(s);
        }
        subscriptions.clear();
    }

    private void create(RelayRequest.CreateMailbox r) {
        if (creations >= relay.options().maxMailboxCreationsPerConnection()) {
            outbox.refuse(r.requestId(), RelayErrorCode.TOO_MANY_MAILBOXES, "this connection created its limit of mailboxes");
            return;
        }
        if (!proofs.verify(ProofPurpose.CREATE, r.mailboxKey(), r.signature(), r.mailboxKey())) {
            refuseBadProof(r.requestId());
            return;
        }
        creations++;
        submit(new CreateMailboxTask(outbox, throttle, r.requestId(), r.mailboxKey()));
    }

    private void deposit(RelayRequest.Deposit r) {
        byte[] sender = null;
        if (r.senderKey().length > 0) {
            if (!proofs.verify(ProofPurpose.DEPOSIT, r.senderKey(), r.senderSignature(), r.depositId())) {
                refuseBadProof(r.requestId());
                return;
            }
            sender = r.senderKey();
        }
        submit(new DepositTask(outbox, throttle, r.requestId(), relay.subscriptions(), DepositId.of(r.depositId()),
                BlockId.of(r.blockId()), r.block(), sender));
    }

    private void ack(RelayRequest.Ack r) {
        if (verifiedOwner(r.requestId(), r.owner(), ProofPurpose.ACK)) {
            List<BlockId> ids = new ArrayList<>(r.blockIds().size());
            r.blockIds().forEach(id -> ids.add(BlockId.of(id)));
            submit(new AckTask(outbox, throttle, r.requestId(), FetchId.of(r.owner().fetchId()), r.owner().mailboxKey(),
                    relay.subscriptions(), ids));
        }
    }

    private void lock(RelayRequest.Lock r) {
        if (verifiedOwner(r.requestId(), r.owner(), ProofPurpose.LOCK, r.senderKey())) {
            submit(new LockTask(outbox, throttle, r.requestId(), FetchId.of(r.owner().fetchId()),
                    r.owner().mailboxKey(), r.senderKey()));
        }
    }

    private void delete(RelayRequest.DeleteMailbox r) {
        if (verifiedOwner(r.requestId(), r.owner(), ProofPurpose.DELETE)) {
            submit(new DeleteMailboxTask(outbox, throttle, r.requestId(), FetchId.of(r.owner().fetchId()),
                    r.owner().mailboxKey(), relay.subscriptions()));
        }
    }

    private void subscribe(RelayRequest.Subscribe r) {
        if (!verifiedOwner(r.requestId(), r.owner(), ProofPurpose.SUBSCRIBE)) {
            return;
        }
        FetchId fetchId = FetchId.of(r.owner().fetchId());
        if (subscriptions.containsKey(fetchId)) {
            outbox.done(r.requestId());
            return;
        }
        if (subscriptions.size() + subscribesPending >= MAX_SUBSCRIPTIONS) {
            outbox.refuse(r.requestId(), RelayErrorCode.CONNECTION_LIMIT, "too many subscriptions on this connection");
            return;
        }
        subscribesPending++;
        throttle.started();
        relay.reader().read(tables -> tables.mailboxByFetch(fetchId), channel.eventLoop(),
                new StoreReader.Callback<MailboxRow>() {
                    @Override
                    public void result(MailboxRow row) {
                        finishRead();
                        if (ownerChecked(r.requestId(), row, r.owner())) {
                            activate(r.requestId(), fetchId, row.id());
                        }
                    }

                    @Override
                    public void failed(RelayErrorCode code) {
                        finishRead();
                        outbox.refuse(r.requestId(), code, "the relay could not read its store");
                    }

                    private void finishRead() {
                        subscribesPending--;
                        throttle.finished();
                    }
                });
    }

    private void activate(long requestId, FetchId fetchId, long mailbox) {
        if (!channel.isActive()) {
            return; // closed() already ran; registering now would leak the subscription
        }
        if (!subscriptions.containsKey(fetchId)) {
            Subscription s = new Subscription(channel, outbox, relay.reader(), fetchId, mailbox);
            subscriptions.put(fetchId, s);
            relay.subscriptions().add(s);
            s.pump();
        }
        outbox.done(requestId);
    }

    private void unsubscribe(RelayRequest.Unsubscribe r) {
        Subscription s = subscriptions.remove(FetchId.of(r.fetchId()));
        if (s != null) {
            relay.subscriptions().remove(s);
            s.cancel();
        }
        outbox.done(r.requestId());
    }

    private void fetch(RelayRequest.Fetch r) {
        if (!verifiedOwner(r.requestId(), r.owner(), ProofPurpose.FETCH)) {
            return;
        }
        if (fetching) {
            outbox.refuse(r.requestId(), RelayErrorCode.CONNECTION_LIMIT, "one fetch at a time per connection");
            return;
        }
        fetching = true;
        throttle.started();
        FetchId fetchId = FetchId.of(r.owner().fetchId());
        int limit = Math.min(r.maxBlocks(), RelayConstants.MAX_FETCH_BLOCKS);
        relay.reader().read(tables -> FetchResult.read(tables, fetchId, limit), channel.eventLoop(),
                new StoreReader.Callback<FetchResult>() {
                    @Override
                    public void result(FetchResult result) {
                        fetching = false;
                        throttle.finished();
                        if (ownerChecked(r.requestId(), result.mailbox(), r.owner())) {
                            deliver(r.requestId(), r.owner().fetchId(), result.blocks());
                        }
                    }

                    @Override
                    public void failed(RelayErrorCode code) {
                        fetching = false;
                        throttle.finished();
                        outbox.refuse(r.requestId(), code, "the relay could not read its store");
                    }
                });
    }

    /** Unlike a fetch, reads may overlap on one connection; each holds a {@link ReadThrottle} slot until answered. */
    private void read(RelayRequest.Read r) {
        if (!verifiedOwner(r.requestId(), r.owner(), ProofPurpose.READ)) {
            return;
        }
        throttle.started();
        FetchId fetchId = FetchId.of(r.owner().fetchId());
        List<BlockId> ids = new ArrayList<>(r.blockIds().size());
        r.blockIds().forEach(id -> ids.add(BlockId.of(id)));
        relay.reader().read(tables -> FetchResult.readById(tables, fetchId, ids), channel.eventLoop(),
                new StoreReader.Callback<FetchResult>() {
                    @Override
                    public void result(FetchResult result) {
                        throttle.finished();
                        if (ownerChecked(r.requestId(), result.mailbox(), r.owner())) {
                            deliver(r.requestId(), r.owner().fetchId(), result.blocks());
                        }
                    }

                    @Override
                    public void failed(RelayErrorCode code) {
                        throttle.finished();
                        outbox.refuse(r.requestId(), code, "the relay could not read its store");
                    }
                });
    }

    /** Answers a fetch or read: one {@code Deliver} per block, then {@code FetchDone}. */
    private void deliver(long requestId, byte[] fetchId, List<StoredBlock> blocks) {
        for (StoredBlock b : blocks) {
            outbox.send(new RelayResponse.Deliver(requestId, fetchId, b.blockId().bytes(), b.data()));
        }
        outbox.send(new RelayResponse.FetchDone(requestId, blocks.size()));
    }

    private boolean verifiedOwner(long requestId, OwnerProof owner, ProofPurpose purpose, byte[]... extraSubject) {
        byte[][] subject = new byte[1 + extraSubject.length][];
        subject[0] = owner.fetchId();
        System.arraycopy(extraSubject, 0, subject, 1, extraSubject.length);
        if (proofs.verify(purpose, owner.mailboxKey(), owner.signature(), subject)) {
            return true;
        }
        refuseBadProof(requestId);
        return false;
    }

    /** Whether the read mailbox exists and is owned by the proof's key; refuses the request if not. */
    private boolean ownerChecked(long requestId, MailboxRow row, OwnerProof owner) {
        if (row == null) {
            outbox.refuse(requestId, RelayErrorCode.UNKNOWN_MAILBOX, "no mailbox has this fetch id");
            return false;
        }
        if (!row.ownedBy(owner.mailboxKey())) {
            refuseBadProof(requestId);
            return false;
        }
        return true;
    }

    private void refuseBadProof(long requestId) {
        outbox.refuse(requestId, RelayErrorCode.BAD_PROOF, "the proof does not verify for this session");
    }

    private void submit(StoreTask task) {
        throttle.started();
        relay.writer().submit(task);
    }

    /** A fetch's or read's query: the mailbox (null if unknown) and, if it exists, the blocks asked for. */
    private record FetchResult(MailboxRow mailbox, List<StoredBlock> blocks) {
        /** The mailbox's oldest blocks, up to {@code limit}. */
        static FetchResult read(RelayTables tables, FetchId fetchId, int limit) throws java.sql.SQLException {
            MailboxRow row = tables.mailboxByFetch(fetchId);
            return new FetchResult(row, row == null ? List.of() : tables.blocksAfter(row.id(), 0, limit));
        }

        /** The mailbox's blocks among {@code blockIds}, in that order. */
        static FetchResult readById(RelayTables tables, FetchId fetchId, List<BlockId> blockIds)
                throws java.sql.SQLException {
            MailboxRow row = tables.mailboxByFetch(fetchId);
            return new FetchResult(row, row == null ? List.of() : tables.blocksById(row.id(), blockIds));
        }
    }
}
