package app.pli.messenger.conversation;

import app.pli.messenger.envelope.RelationshipKeys;
import app.pli.messenger.session.RatchetSession;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One row of the {@code session} table, opened. The ratchet is mutable: whoever changes it
 * writes it back in the same transaction ({@link SessionStore#update}).
 *
 * @param contactId the contact
 * @param inboxId this side's inbox mailbox for the contact; empty once it is gone
 * @param lock the inbox's lock state
 * @param keys the relationship's static keys
 * @param ratchet the Double Ratchet state
 * @param counters the sending counters
 */
public record SessionRecord(long contactId, OptionalLong inboxId, InboxLock lock, RelationshipKeys keys,
        RatchetSession ratchet, SendCounters counters) {
    public SessionRecord {
        Objects.requireNonNull(inboxId, "inboxId");
        Objects.requireNonNull(lock, "lock");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(ratchet, "ratchet");
        Objects.requireNonNull(counters, "counters");
    }

    SessionRecord withCounters(SendCounters next) {
        return new SessionRecord(contactId, inboxId, lock, keys, ratchet, next);
    }
}
