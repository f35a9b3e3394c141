package app.pli.core.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Ed25519 signing (RFC 8032 test 1), verification, and that verify never throws. */
class Ed25519Test {
    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    @Test
    void rfc8032Test1() throws CryptoException {
        Ed25519PrivateKey key = Ed25519PrivateKey.of(hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
        assertArrayEquals(hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"), key.publicKey().bytes());
        byte[] signature = Ed25519.sign(key, new byte[0]);
        assertArrayEquals(hex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"), signature);
        assertTrue(Ed25519.verify(key.publicKey(), new byte[0], signature));
    }

    @Test
    void signaturesVerifyOnlyForTheirMessageAndKey() {
        Ed25519KeyPair pair = Ed25519.generateKeyPair();
        byte[] message = "pli/v1/test: hello".getBytes(StandardCharsets.UTF_8);
        byte[] signature = Ed25519.sign(pair.privateKey(), message);
        assertEquals(Ed25519.SIGNATURE_BYTES, signature.length);
        assertTrue(Ed25519.verify(pair.publicKey(), message, signature));
        assertFalse(Ed25519.verify(pair.publicKey(), Arrays.copyOf(message, message.length - 1), signature));
        assertFalse(Ed25519.verify(Ed25519.generateKeyPair().publicKey(), message, signature));
        byte[] altered = signature.clone();
        altered[5] ^= 1;
        assertFalse(Ed25519.verify(pair.publicKey(), message, altered));
    }

    @Test
    void malformedInputIsFalseNeverAnException() {
        Ed25519KeyPair pair = Ed25519.generateKeyPair();
        byte[] message = {1, 2, 3};
        byte[] signature = Ed25519.sign(pair.privateKey(), message);
        for (int n : new int[] {0, 32, 63, 65, 128}) {
            assertFalse(Ed25519.verify(pair.publicKey(), message, Arrays.copyOf(signature, n)));
        }
        assertFalse(Ed25519.verify(pair.publicKey(), message, null));
        assertFalse(Ed25519.verify(pair.publicKey(), null, signature));
        assertFalse(Ed25519.verify(null, message, signature));
    }
}
