package app.pli.transport.relay.wire;

/**
 * The id under which exactly one contact deposits blocks into a mailbox; unrelated to the
 * mailbox's {@link FetchId}, so the relay cannot link a depositor to the owner by id.
 */
public final class DepositId extends RelayId {
    private DepositId(byte[] bytes) {
        super(bytes);
    }

    /** The id holding a copy of {@code bytes}; throws {@link IllegalArgumentException} unless 16 long. */
    public static DepositId of(byte[] bytes) {
        return new DepositId(bytes);
    }

    /** A fresh random id. */
    public static DepositId random() {
        return new DepositId(randomBytes());
    }
}
