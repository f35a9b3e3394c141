package app.pli.transport.relay.client;

import app.pli.core.crypto.Ed25519;
import app.pli.core.crypto.Ed25519KeyPair;
import app.pli.transport.relay.wire.DepositId;
import app.pli.transport.relay.wire.FetchId;
import app.pli.transport.relay.wire.RelayRequest;
import app.pli.transport.relay.wire.RelayResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Creates a mailbox under a fresh Ed25519 key pair made for this mailbox alone. If the
 * connection drops before the answer, the request is sent again with the same key; the
 * relay may then hold one orphan mailbox, which nobody can use.
 */
final class CreateRequest extends PendingRequest {
    private final Ed25519KeyPair mailboxKey = Ed25519.generateKeyPair();
    private final CompletableFuture<MailboxCredentials> future;

    CreateRequest(long id, Executor callbacks, CompletableFuture<MailboxCredentials> future) {
        super(id, callbacks);
        this.future = future;
    }

    @Override
    RelayRequest frame(SessionSigner signer) {
        return new RelayRequest.CreateMailbox(id, mailboxKey.publicKey().bytes(), signer.create(mailboxKey));
    }

    @Override
    void created(RelayResponse.MailboxCreated created) {
        complete(future, new MailboxCredentials(FetchId.of(created.fetchId()), DepositId.of(created.depositId()),
                mailboxKey));
    }

    @Override
    void failed(RelayException e) {
        fail(future, e);
    }
}
