/**
 * Our own Noise state machine for the two Noise protocols Pli speaks:
 * {@code Noise_NK_25519_ChaChaPoly_SHA256} to a relay and
 * {@code Noise_KK_25519_ChaChaPoly_SHA256} between contacts on a LAN.
 *
 * <p>{@link app.pli.transport.noise.NoiseHandshake} drives a handshake message by message;
 * {@link app.pli.transport.noise.NoiseTransport} holds the two transport ciphers and the
 * handshake hash that binds proofs to one session. Both are tested against the cacophony
 * and snow vectors. Nothing here knows about sockets or frames.
 */
package app.pli.transport.noise;
