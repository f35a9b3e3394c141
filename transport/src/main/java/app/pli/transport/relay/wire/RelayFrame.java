package app.pli.transport.relay.wire;

/**
 * One decrypted relay frame: a {@link RelayRequest} from a client or a
 * {@link RelayResponse} from the relay.
 *
 * <p>Invariant: a frame that {@link #carriesBlock()} always travels in a plaintext of
 * {@link RelayConstants#BLOCK_PLAINTEXT_BYTES}, any other in
 * {@link RelayConstants#CONTROL_PLAINTEXT_BYTES}; {@link RelayFrameCodec} enforces it both
 * ways.
 */
public sealed interface RelayFrame permits RelayRequest, RelayResponse {
    /** Whether this frame holds a 4096-byte block and so uses the block size class. */
    default boolean carriesBlock() {
        return false;
    }
}
