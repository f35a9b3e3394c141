package app.pli.identity.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.pli.core.crypto.CryptoException;
import org.junit.jupiter.api.Test;

/** The binding check, including for identities already checked once (they are remembered). */
class IdentityPublicKeysTest {
    @Test
    void aValidBindingIsAcceptedEveryTime() throws CryptoException {
        IdentityPublicKeys keys = IdentityKeyPair.generate().publicKeys();
        for (int i = 0; i < 3; i++) {
            assertEquals(keys, IdentityPublicKeys.of(keys.signing(), keys.agreement(), keys.binding()));
        }
    }

    @Test
    void aForgedBindingIsRefusedEvenAfterTheGenuineOneWasChecked() throws CryptoException {
        IdentityPublicKeys keys = IdentityKeyPair.generate().publicKeys();
        IdentityPublicKeys.of(keys.signing(), keys.agreement(), keys.binding());
        byte[] forged = keys.binding();
        forged[7] ^= 1;
        for (int i = 0; i < 2; i++) {
            assertThrows(CryptoException.class, () -> IdentityPublicKeys.of(keys.signing(), keys.agreement(), forged));
        }
        IdentityPublicKeys other = IdentityKeyPair.generate().publicKeys();
        // Another identity's agreement key under this signing key, with this binding: refused.
        assertThrows(CryptoException.class,
                () -> IdentityPublicKeys.of(keys.signing(), other.agreement(), keys.binding()));
        assertThrows(CryptoException.class, () -> IdentityPublicKeys.of(keys.signing(), keys.agreement(), null));
    }
}
