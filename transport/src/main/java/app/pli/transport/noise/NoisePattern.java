package app.pli.transport.noise;

/**
 * The Noise protocols Pli speaks, each with X25519, ChaCha20-Poly1305 and SHA-256.
 *
 * <p>NK reaches a relay: the relay's static key is known in advance (it is in the relay's
 * address) and the client stays anonymous. KK links two contacts on a LAN, each knowing the
 * other's static key.
 */
public enum NoisePattern {
    /** Anonymous initiator, responder known in advance: client to relay. */
    NK("Noise_NK_25519_ChaChaPoly_SHA256"),
    /** Both static keys known in advance: contact to contact on a LAN. */
    KK("Noise_KK_25519_ChaChaPoly_SHA256");

    private final String protocolName;

    NoisePattern(String protocolName) {
        this.protocolName = protocolName;
    }

    /** The full Noise protocol name, hashed into the session as the spec requires. */
    public String protocolName() {
        return protocolName;
    }
}
