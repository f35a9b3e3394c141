package app.pli.messenger.conversation;

import app.pli.messenger.envelope.EnvelopeBlocks;
import app.pli.messenger.envelope.Payload;
import app.pli.messenger.envelope.PayloadCodec;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;

/**
 * Encrypts one payload for a contact and queues its blocks, inside the caller's
 * transaction: the ratchet advances, the sealed blocks enter the outbox and the advanced
 * session is written back together, so a retry always re-sends the very same blocks.
 */
final class EnvelopeQueue {
    private final SessionStore sessions;
    private final OutboxStore outbox;
    private final Clock clock;

    EnvelopeQueue(SessionStore sessions, OutboxStore outbox, Clock clock) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Queues {@code payload} to the session's contact; {@code messageId} names a text (null otherwise). */
    void enqueue(Connection c, SessionRecord session, Payload payload, byte[] messageId) throws SQLException {
        byte[] message = session.ratchet().encrypt(PayloadCodec.encode(payload), session.keys().associatedData(),
                clock.instant());
        outbox.insert(c, session.contactId(), messageId, EnvelopeBlocks.seal(session.keys().sendBlockKey(), message));
        sessions.update(c, session);
    }
}
