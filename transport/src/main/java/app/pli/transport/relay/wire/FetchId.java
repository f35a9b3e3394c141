package app.pli.transport.relay.wire;

/**
 * The id a mailbox's owner uses to subscribe, fetch, ack, lock and delete; the owner keeps
 * it secret and it is unrelated to the mailbox's {@link DepositId}.
 */
public final class FetchId extends RelayId {
    private FetchId(byte[] bytes) {
        super(bytes);
    }

    /** The id holding a copy of {@code bytes}; throws {@link IllegalArgumentException} unless 16 long. */
    public static FetchId of(byte[] bytes) {
        return new FetchId(bytes);
    }

    /** A fresh random id. */
    public static FetchId random() {
        return new FetchId(randomBytes());
    }
}
