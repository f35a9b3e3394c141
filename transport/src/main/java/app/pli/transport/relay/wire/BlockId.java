package app.pli.transport.relay.wire;

/**
 * The random id a depositor gives each block. The relay keeps one copy per (mailbox, block
 * id), so a deposit repeated after a reconnect is stored once, and a receiver drops a block
 * it has already seen.
 */
public final class BlockId extends RelayId {
    private BlockId(byte[] bytes) {
        super(bytes);
    }

    /** The id holding a copy of {@code bytes}; throws {@link IllegalArgumentException} unless 16 long. */
    public static BlockId of(byte[] bytes) {
        return new BlockId(bytes);
    }

    /** A fresh random id. */
    public static BlockId random() {
        return new BlockId(randomBytes());
    }
}
