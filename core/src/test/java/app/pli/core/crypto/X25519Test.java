package app.pli.core.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** X25519 agreement: both sides agree, RFC 7748 section 6.1, and low-order keys are refused. */
class X25519Test {
    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    @Test
    void bothSidesAgree() throws CryptoException {
        X25519KeyPair alice = X25519.generateKeyPair();
        X25519KeyPair bob = X25519.generateKeyPair();
        assertArrayEquals(X25519.agree(alice.privateKey(), bob.publicKey()),
                X25519.agree(bob.privateKey(), alice.publicKey()));
    }

    @Test
    void rfc7748Section61() throws CryptoException {
        X25519PrivateKey alice = X25519PrivateKey.of(hex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a"));
        X25519PrivateKey bob = X25519PrivateKey.of(hex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb"));
        assertArrayEquals(hex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a"), alice.publicKey().bytes());
        assertArrayEquals(hex("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f"), bob.publicKey().bytes());
        assertArrayEquals(hex("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742"),
                X25519.agree(alice, bob.publicKey()));
    }

    @Test
    void lowOrderPublicKeysAreRefused() throws CryptoException {
        X25519PrivateKey ours = X25519.generateKeyPair().privateKey();
        X25519PublicKey zero = X25519PublicKey.of(new byte[32]);
        byte[] oneBytes = new byte[32];
        oneBytes[0] = 1;
        X25519PublicKey one = X25519PublicKey.of(oneBytes);
        assertThrows(CryptoException.class, () -> X25519.agree(ours, zero));
        assertThrows(CryptoException.class, () -> X25519.agree(ours, one));
    }
}
