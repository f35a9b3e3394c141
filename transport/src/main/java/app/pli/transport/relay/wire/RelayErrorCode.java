package app.pli.transport.relay.wire;

import java.util.Optional;

/**
 * Why the relay refused a request, as carried by an {@code Error} frame. Codes are fixed
 * numbers on the wire: never renumber one, only add.
 *
 * <p>A code marked {@link #closesConnection()} is sent just before the relay closes the
 * connection; the others refuse one request and the connection goes on.
 */
public enum RelayErrorCode {
    /** A frame decrypted but did not decode, had the wrong size class, or broke a field rule. */
    MALFORMED_FRAME(1, true),
    /** No mailbox has this fetch id or deposit id (never created, deleted, or wrong relay). */
    UNKNOWN_MAILBOX(2, false),
    /** The owner's proof did not verify, or the key it names is not the mailbox's key. */
    BAD_PROOF(3, false),
    /** The mailbox is locked and the deposit lacked the locked sender's valid proof. */
    LOCKED(4, false),
    /** The mailbox already holds its limit of queued blocks; retry after the owner acks. */
    QUEUE_FULL(5, false),
    /** This connection created its limit of mailboxes; open another connection later. */
    TOO_MANY_MAILBOXES(6, false),
    /** A per-connection limit refused the request: a second fetch at once, or too many subscriptions. */
    CONNECTION_LIMIT(7, false),
    /** The relay's store failed; the request had no effect and may be retried. */
    STORE_FAILED(8, false),
    /** The relay is stopping; reconnect later. */
    SHUTTING_DOWN(9, true),
    /** The relay stores its limit of blocks in total; retry after owners acknowledge blocks. */
    STORAGE_FULL(10, false);

    private final int code;
    private final boolean closesConnection;

    RelayErrorCode(int code, boolean closesConnection) {
        this.code = code;
        this.closesConnection = closesConnection;
    }

    /** The number on the wire. */
    public int code() {
        return code;
    }

    /** Whether the relay closes the connection after sending this error. */
    public boolean closesConnection() {
        return closesConnection;
    }

    /** The code numbered {@code code}, if this version knows it. */
    public static Optional<RelayErrorCode> of(int code) {
        for (RelayErrorCode c : values()) {
            if (c.code == code) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
