package app.pli.transport.lan.link;

import app.pli.core.crypto.CryptoException;
import app.pli.core.crypto.Hkdf;
import app.pli.core.crypto.KdfLabel;
import app.pli.core.crypto.X25519KeyPair;
import app.pli.core.crypto.X25519PrivateKey;
import app.pli.transport.noise.NoiseHandshake;
import java.util.Arrays;
import java.util.Objects;

/**
 * The two static X25519 key pairs of one introduction channel, both derived from the
 * invitation's one-time secret: {@code psk = HKDF(secret, "", "pli/v1/lan/intro-psk", 32)},
 * then each side's private key {@code HKDF(psk, "", label, 32)} with the connector's or the
 * server's label.
 *
 * <p>Why keys and not a Noise PSK: Pli's Noise state machine speaks only NK and KK, the
 * patterns its test vectors check. KK with both static keys derived from the secret gives
 * what {@code NNpsk0} would: only
 * a holder of the secret can complete either side (the {@code ss} term needs one of the
 * private keys), the ephemeral {@code ee} term keeps transport keys forward secret, and
 * distinct keys per role stop a reflected first message.
 *
 * <p>{@code toString} shows no key.
 */
final class IntroKeys {
    /** Fewest bytes a one-time secret may have. */
    static final int MIN_SECRET_BYTES = 16;

    private final X25519KeyPair connector;
    private final X25519KeyPair server;

    private IntroKeys(X25519KeyPair connector, X25519KeyPair server) {
        this.connector = connector;
        this.server = server;
    }

    /** The keys of the channel that {@code secret} opens. */
    static IntroKeys derive(byte[] secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("an introduction secret must have at least " + MIN_SECRET_BYTES
                    + " bytes");
        }
        byte[] psk = Hkdf.derive(secret, new byte[0], KdfLabel.of(LinkConstants.LABEL_INTRO_PSK), 32);
        try {
            return new IntroKeys(keyPair(psk, LinkConstants.LABEL_INTRO_CONNECTOR_KEY),
                    keyPair(psk, LinkConstants.LABEL_INTRO_SERVER_KEY));
        } finally {
            Arrays.fill(psk, (byte) 0);
        }
    }

    /** The connecting side's handshake. */
    NoiseHandshake connectorHandshake() {
        return NoiseHandshake.kkInitiator(LinkConstants.INTRO_PROLOGUE, connector, server.publicKey());
    }

    /** The serving side's handshake. */
    NoiseHandshake serverHandshake() {
        return NoiseHandshake.kkResponder(LinkConstants.INTRO_PROLOGUE, server, connector.publicKey());
    }

    private static X25519KeyPair keyPair(byte[] psk, String label) {
        byte[] raw = Hkdf.derive(psk, new byte[0], KdfLabel.of(label), X25519PrivateKey.BYTES);
        try {
            return X25519KeyPair.of(X25519PrivateKey.of(raw));
        } catch (CryptoException e) {
            throw new IllegalStateException("HKDF returned an X25519 key of the wrong length", e);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return "IntroKeys[redacted]";
    }
}
