package app.pli.transport.relay.client;

import app.pli.core.crypto.Ed25519KeyPair;
import app.pli.transport.relay.wire.DepositId;
import app.pli.transport.relay.wire.FetchId;
import java.util.Objects;

/**
 * Everything the owner of a mailbox keeps: the fetch id (secret, for itself), the deposit
 * id (to hand to exactly one contact) and the mailbox's own Ed25519 key pair, which exists
 * for this mailbox only and is never an identity key.
 *
 * <p>{@code toString} shows id prefixes and redacts the private key.
 */
public record MailboxCredentials(FetchId fetchId, DepositId depositId, Ed25519KeyPair mailboxKey) {
    public MailboxCredentials {
        Objects.requireNonNull(fetchId, "fetchId");
        Objects.requireNonNull(depositId, "depositId");
        Objects.requireNonNull(mailboxKey, "mailboxKey");
    }
}
