package app.pli.core.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Immutability, equality, length checks and safe printing of the key types. */
class KeyTypesTest {
    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** No printed form may hold any 4-byte window of the secret, in either case. */
    private static void assertLeaksNothing(String printed, byte[] secret) {
        for (int i = 0; i + 4 <= secret.length; i++) {
            String window = hex(java.util.Arrays.copyOfRange(secret, i, i + 4));
            assertFalse(printed.toLowerCase().contains(window), "toString leaks key bytes: " + printed);
        }
    }

    @Test
    void privateAndSymmetricKeysPrintAsRedacted() {
        X25519KeyPair x = X25519.generateKeyPair();
        Ed25519KeyPair ed = Ed25519.generateKeyPair();
        SymmetricKey sym = SymmetricKey.random();
        assertEquals("X25519PrivateKey[redacted]", x.privateKey().toString());
        assertEquals("Ed25519PrivateKey[redacted]", ed.privateKey().toString());
        assertEquals("SymmetricKey[redacted]", sym.toString());
        assertLeaksNothing(x.toString(), x.privateKey().bytes());
        assertLeaksNothing(ed.toString(), ed.privateKey().bytes());
        assertLeaksNothing(sym.toString(), sym.bytes());
    }

    @Test
    void publicKeysPrintAShortHexPrefix() throws CryptoException {
        byte[] bytes = HexFormat.of().parseHex("0a1b2c3d" + "00".repeat(28));
        assertEquals("X25519PublicKey[0a1b2c3d…]", X25519PublicKey.of(bytes).toString());
        Ed25519PublicKey ed = Ed25519.generateKeyPair().publicKey();
        assertEquals("Ed25519PublicKey[" + hex(ed.bytes()).substring(0, 8) + "…]", ed.toString());
    }

    @Test
    void keysCompareByValue() throws CryptoException {
        X25519KeyPair x = X25519.generateKeyPair();
        assertEquals(x.privateKey(), X25519PrivateKey.of(x.privateKey().bytes()));
        assertEquals(x.privateKey().hashCode(), X25519PrivateKey.of(x.privateKey().bytes()).hashCode());
        assertEquals(x.publicKey(), X25519PublicKey.of(x.publicKey().bytes()));
        assertNotEquals(x.privateKey(), X25519.generateKeyPair().privateKey());
        Ed25519KeyPair ed = Ed25519.generateKeyPair();
        assertEquals(ed.privateKey(), Ed25519PrivateKey.of(ed.privateKey().bytes()));
        assertEquals(ed.publicKey(), Ed25519PublicKey.of(ed.publicKey().bytes()));
        SymmetricKey sym = SymmetricKey.random();
        assertEquals(sym, SymmetricKey.of(sym.bytes()));
        assertEquals(sym.hashCode(), SymmetricKey.random().hashCode(), "hashCode must not depend on the key");
        assertNotEquals(sym, SymmetricKey.random());
    }

    @Test
    void bytesReturnsACopy() throws CryptoException {
        byte[] original = CryptoRandom.bytes(32);
        SymmetricKey key = SymmetricKey.of(original);
        original[0] ^= 1;
        byte[] out = key.bytes();
        out[1] ^= 1;
        assertFalse(java.util.Arrays.equals(original, key.bytes()));
        assertFalse(java.util.Arrays.equals(out, key.bytes()));
    }

    @Test
    void wrongLengthsAreRefused() {
        for (int n : new int[] {0, 31, 33, 64}) {
            byte[] bytes = new byte[n];
            assertThrows(CryptoException.class, () -> X25519PublicKey.of(bytes));
            assertThrows(CryptoException.class, () -> X25519PrivateKey.of(bytes));
            assertThrows(CryptoException.class, () -> Ed25519PublicKey.of(bytes));
            assertThrows(CryptoException.class, () -> Ed25519PrivateKey.of(bytes));
            assertThrows(CryptoException.class, () -> SymmetricKey.of(bytes));
        }
    }

    @Test
    void keyPairsDeriveTheirPublicKeyAndRefuseAMismatch() {
        X25519KeyPair x = X25519.generateKeyPair();
        assertEquals(x.privateKey().publicKey(), x.publicKey());
        assertThrows(IllegalArgumentException.class,
                () -> new X25519KeyPair(x.privateKey(), X25519.generateKeyPair().publicKey()));
        Ed25519KeyPair ed = Ed25519.generateKeyPair();
        assertEquals(ed.privateKey().publicKey(), ed.publicKey());
        assertThrows(IllegalArgumentException.class,
                () -> new Ed25519KeyPair(ed.privateKey(), Ed25519.generateKeyPair().publicKey()));
    }

    @Test
    void privateKeyBytesRoundTrip() throws CryptoException {
        X25519KeyPair x = X25519.generateKeyPair();
        assertArrayEquals(x.publicKey().bytes(), X25519PrivateKey.of(x.privateKey().bytes()).publicKey().bytes());
        assertTrue(x.privateKey().equals(X25519PrivateKey.of(x.privateKey().bytes())));
    }

    @Test
    void reopenedKeysDeriveTheSamePublicKeysAndBadPointsStayRefused() throws CryptoException {
        for (int i = 0; i < 20; i++) {
            X25519KeyPair x = X25519.generateKeyPair();
            Ed25519KeyPair ed = Ed25519.generateKeyPair();
            for (int again = 0; again < 2; again++) { // the second time from what was remembered
                assertEquals(x.publicKey(), X25519PrivateKey.of(x.privateKey().bytes()).publicKey());
                assertEquals(ed.publicKey(), Ed25519PrivateKey.of(ed.privateKey().bytes()).publicKey());
                assertEquals(ed.publicKey(), Ed25519PublicKey.of(ed.publicKey().bytes()));
            }
        }
        byte[] notAPoint = notAnEd25519Point();
        for (int again = 0; again < 2; again++) {
            assertThrows(CryptoException.class, () -> Ed25519PublicKey.of(notAPoint));
        }
    }

    /** Random encodings until one does not decode (about half of all y values are not on the curve). */
    private static byte[] notAnEd25519Point() {
        while (true) {
            byte[] candidate = CryptoRandom.bytes(Ed25519PublicKey.BYTES);
            try {
                Ed25519PublicKey.of(candidate);
            } catch (CryptoException e) {
                return candidate;
            }
        }
    }
}
