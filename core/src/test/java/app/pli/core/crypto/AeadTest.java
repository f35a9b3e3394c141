package app.pli.core.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Round trips and every kind of tampering for the two AEADs. */
class AeadTest {
    private static final byte[] AAD = "pli/v1/test-aad".getBytes(StandardCharsets.US_ASCII);
    private final SymmetricKey key = SymmetricKey.random();

    @Test
    void sealThenOpenReturnsThePlaintext() throws AuthenticationException {
        for (int size : new int[] {0, 1, 63, 64, 65, 4096}) {
            byte[] plaintext = CryptoRandom.bytes(size);
            byte[] sealed = XChaCha20Poly1305.seal(key, AAD, plaintext);
            assertEquals(size + XChaCha20Poly1305.OVERHEAD, sealed.length);
            assertArrayEquals(plaintext, XChaCha20Poly1305.open(key, AAD, sealed));
        }
    }

    @Test
    void eachSealDrawsAFreshNonce() {
        byte[] plaintext = "same".getBytes(StandardCharsets.UTF_8);
        byte[] a = XChaCha20Poly1305.seal(key, AAD, plaintext);
        byte[] b = XChaCha20Poly1305.seal(key, AAD, plaintext);
        assertFalse(Arrays.equals(Arrays.copyOf(a, 24), Arrays.copyOf(b, 24)));
    }

    @Test
    void flippingAnyBitFailsToOpen() {
        byte[] sealed = XChaCha20Poly1305.seal(key, AAD, "attack at dawn".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < sealed.length; i++) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x01;
            assertThrows(AuthenticationException.class, () -> XChaCha20Poly1305.open(key, AAD, tampered), "byte " + i);
        }
    }

    @Test
    void wrongAadKeyOrLengthFailsToOpen() {
        byte[] sealed = XChaCha20Poly1305.seal(key, AAD, new byte[10]);
        assertThrows(AuthenticationException.class, () -> XChaCha20Poly1305.open(key, new byte[0], sealed));
        assertThrows(AuthenticationException.class,
                () -> XChaCha20Poly1305.open(SymmetricKey.random(), AAD, sealed));
        assertThrows(AuthenticationException.class,
                () -> XChaCha20Poly1305.open(key, AAD, Arrays.copyOf(sealed, sealed.length - 1)));
        assertThrows(AuthenticationException.class,
                () -> XChaCha20Poly1305.open(key, AAD, new byte[XChaCha20Poly1305.OVERHEAD - 1]));
    }

    @Test
    void explicitNonceVariantsRefuseWrongNonceSizes() throws CryptoException {
        byte[] nonce = CryptoRandom.bytes(XChaCha20Poly1305.NONCE_BYTES);
        byte[] ct = XChaCha20Poly1305.sealWithNonce(key, nonce, AAD, new byte[5]);
        assertArrayEquals(new byte[5], XChaCha20Poly1305.openWithNonce(key, nonce, AAD, ct));
        for (int n : new int[] {0, 12, 23, 25}) {
            byte[] bad = new byte[n];
            assertNotAuthenticationFailure(
                    assertThrows(CryptoException.class, () -> XChaCha20Poly1305.sealWithNonce(key, bad, AAD, new byte[5])));
            assertNotAuthenticationFailure(
                    assertThrows(CryptoException.class, () -> XChaCha20Poly1305.openWithNonce(key, bad, AAD, ct)));
        }
    }

    @Test
    void chaCha20Poly1305RoundTripsAndDetectsTampering() throws CryptoException {
        byte[] nonce = new byte[ChaCha20Poly1305.NONCE_BYTES];
        nonce[11] = 7;
        byte[] plaintext = "noise transport".getBytes(StandardCharsets.UTF_8);
        byte[] ct = ChaCha20Poly1305.seal(key, nonce, AAD, plaintext);
        assertEquals(plaintext.length + ChaCha20Poly1305.TAG_BYTES, ct.length);
        assertArrayEquals(plaintext, ChaCha20Poly1305.open(key, nonce, AAD, ct));
        ct[0] ^= 1;
        assertThrows(AuthenticationException.class, () -> ChaCha20Poly1305.open(key, nonce, AAD, ct));
        assertNotAuthenticationFailure(assertThrows(CryptoException.class,
                () -> ChaCha20Poly1305.seal(key, new byte[24], AAD, plaintext)));
    }

    private static void assertNotAuthenticationFailure(CryptoException e) {
        assertFalse(e instanceof AuthenticationException, "a wrong nonce size is not a forgery: " + e);
    }
}
