package app.pli.core.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Every case of Wycheproof's four ML-KEM-768 files: key generation from seeds, encapsulation
 * with fixed randomness (and the refusal of unreduced or mis-sized encapsulation keys),
 * decapsulation including implicit rejection (random, bit-flipped and "strcmp" ciphertexts
 * yield FIPS 203's rejection secret), and the checks on expanded decapsulation keys.
 */
class MlKem768WycheproofTest {
    @Test
    void keyGenerationFromSeeds() throws IOException {
        WycheproofFile.load("mlkem_768_keygen_seed_test.json").runAll((group, test) -> {
            MlKem768PrivateKey key = MlKem768PrivateKey.fromSeed(WycheproofFile.hex(test, "seed"));
            assertArrayEquals(WycheproofFile.hex(test, "ek"), key.publicKey().bytes(), "ek");
            assertArrayEquals(WycheproofFile.hex(test, "dk"), key.parameters().getEncoded(), "dk");
            MlKem768PrivateKey expanded = MlKem768PrivateKey.ofExpanded(WycheproofFile.hex(test, "dk"));
            assertArrayEquals(key.publicKey().bytes(), expanded.publicKey().bytes(), "ek of the expanded form");
        });
    }

    @Test
    void encapsulation() throws IOException {
        WycheproofFile.load("mlkem_768_encaps_test.json").runAll((group, test) -> {
            byte[] ek = WycheproofFile.hex(test, "ek");
            if (WycheproofFile.isValid(test)) {
                MlKem768.Encapsulation e = MlKem768.encapsulate(MlKem768PublicKey.of(ek), WycheproofFile.hex(test, "m"));
                assertArrayEquals(WycheproofFile.hex(test, "c"), e.ciphertext(), "c");
                assertArrayEquals(WycheproofFile.hex(test, "K"), e.sharedSecret(), "K");
            } else {
                assertThrows(CryptoException.class, () -> MlKem768PublicKey.of(ek), "invalid ek accepted");
            }
        });
    }

    @Test
    void decapsulationFromSeedsWithImplicitRejection() throws IOException {
        WycheproofFile.load("mlkem_768_test.json").runAll((group, test) -> {
            byte[] seed = WycheproofFile.hex(test, "seed");
            byte[] c = WycheproofFile.hex(test, "c");
            if (WycheproofFile.isValid(test)) {
                MlKem768PrivateKey key = MlKem768PrivateKey.fromSeed(seed);
                assertArrayEquals(WycheproofFile.hex(test, "ek"), key.publicKey().bytes(), "ek");
                assertArrayEquals(WycheproofFile.hex(test, "K"), MlKem768.decapsulate(key, c), "K");
            } else if (seed.length != MlKem768PrivateKey.SEED_BYTES) {
                assertThrows(CryptoException.class, () -> MlKem768PrivateKey.fromSeed(seed), "bad seed accepted");
            } else {
                MlKem768PrivateKey key = MlKem768PrivateKey.fromSeed(seed);
                assertThrows(CryptoException.class, () -> MlKem768.decapsulate(key, c), "bad ciphertext accepted");
            }
        });
    }

    @Test
    void decapsulationWithExpandedKeys() throws IOException {
        WycheproofFile.load("mlkem_768_semi_expanded_decaps_test.json").runAll((group, test) -> {
            byte[] dk = WycheproofFile.hex(test, "dk");
            byte[] c = WycheproofFile.hex(test, "c");
            if (WycheproofFile.isValid(test)) {
                MlKem768PrivateKey key = MlKem768PrivateKey.ofExpanded(dk);
                assertArrayEquals(WycheproofFile.hex(test, "ek"), key.publicKey().bytes(), "ek");
                assertArrayEquals(WycheproofFile.hex(test, "K"), MlKem768.decapsulate(key, c), "K");
            } else if (WycheproofFile.hasFlag(test, "IncorrectCiphertextLength")) {
                MlKem768PrivateKey key = MlKem768PrivateKey.ofExpanded(dk);
                assertThrows(CryptoException.class, () -> MlKem768.decapsulate(key, c), "bad ciphertext accepted");
            } else {
                assertThrows(CryptoException.class, () -> MlKem768PrivateKey.ofExpanded(dk), "bad dk accepted");
            }
        });
    }
}
