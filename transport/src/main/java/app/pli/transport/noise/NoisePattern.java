package app.pli.transport.noise;

import java.util.List;

/**
 * The Noise protocols Pli speaks, each with X25519, ChaCha20-Poly1305 and SHA-256, and their
 * handshake patterns as the Noise specification (revision 34, section 7) writes them.
 *
 * <p>NK reaches a relay: the relay's static key is known in advance (it is in the relay's
 * address) and the client stays anonymous. KK links two contacts on a LAN, each knowing the
 * other's static key. Both finish in two messages, initiator first.
 */
public enum NoisePattern {
    /** Anonymous initiator, responder known in advance: client to relay. {@code <- s ... -> e, es; <- e, ee}. */
    NK("Noise_NK_25519_ChaChaPoly_SHA256", List.of(PreMessage.RESPONDER_STATIC),
            List.of(List.of(Token.E, Token.ES), List.of(Token.E, Token.EE))),
    /** Both static keys known in advance: contact to contact on a LAN. {@code -> s; <- s ... -> e, es, ss; <- e, ee, se}. */
    KK("Noise_KK_25519_ChaChaPoly_SHA256", List.of(PreMessage.INITIATOR_STATIC, PreMessage.RESPONDER_STATIC),
            List.of(List.of(Token.E, Token.ES, Token.SS), List.of(Token.E, Token.EE, Token.SE)));

    /** A public key both parties hash in before the first message, in this order. */
    enum PreMessage { INITIATOR_STATIC, RESPONDER_STATIC }

    /** One step of a handshake message: send an ephemeral key, or mix in one DH result. */
    enum Token { E, ES, SE, EE, SS }

    private final String protocolName;
    private final List<PreMessage> preMessages;
    private final List<List<Token>> messages;

    NoisePattern(String protocolName, List<PreMessage> preMessages, List<List<Token>> messages) {
        this.protocolName = protocolName;
        this.preMessages = preMessages;
        this.messages = messages;
    }

    /** The full Noise protocol name, hashed into the session as the spec requires. */
    public String protocolName() {
        return protocolName;
    }

    List<PreMessage> preMessages() {
        return preMessages;
    }

    /** The handshake messages, alternately the initiator's and the responder's. */
    List<List<Token>> messages() {
        return messages;
    }
}
