/**
 * The relay wire protocol, shared by the relay server and its client: the address token
 * ({@link app.pli.transport.relay.wire.RelayAddress}), the constants
 * ({@link app.pli.transport.relay.wire.RelayConstants}), the frames
 * ({@link app.pli.transport.relay.wire.RelayRequest}, {@link app.pli.transport.relay.wire.RelayResponse})
 * and their fixed-size encoding ({@link app.pli.transport.relay.wire.RelayFrameCodec}),
 * the session-bound proofs ({@link app.pli.transport.relay.wire.RelayProof}), and the Netty
 * pieces that cut and seal Noise messages.
 *
 * <p>Stream: every Noise message travels as {@code uint16-be length || message}. The client
 * sends the 48-byte NK message 1, the relay answers with the 48-byte message 2, then each
 * transport message carries one frame padded to 512 or 4352 bytes of plaintext. Frames are
 * decoded only after Noise authenticated them.
 */
package app.pli.transport.relay.wire;
