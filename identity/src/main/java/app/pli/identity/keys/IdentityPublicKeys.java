package app.pli.identity.keys;

import app.pli.core.crypto.CryptoException;
import app.pli.core.crypto.Ed25519;
import app.pli.core.crypto.Ed25519PublicKey;
import app.pli.core.crypto.Sha256;
import app.pli.core.crypto.X25519PublicKey;
import app.pli.core.memo.BoundedMemo;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * The public half of an identity: an Ed25519 signing key, an X25519 key-agreement key, and
 * the signature by which the signing key vouches for the agreement key.
 *
 * <p>Invariant: an instance always carries a valid binding signature; {@link #of} refuses
 * one that does not verify. Two instances are equal when their keys are equal. Identities
 * checked lately are remembered by a digest of their three encodings (every round reads every contact's
 * keys); a binding that failed is never remembered, so it fails again.
 */
public final class IdentityPublicKeys {
    private static final BoundedMemo<ByteBuffer, IdentityPublicKeys> CHECKED = new BoundedMemo<>(16_384);

    private final Ed25519PublicKey signing;
    private final X25519PublicKey agreement;
    private final byte[] binding;

    private IdentityPublicKeys(Ed25519PublicKey signing, X25519PublicKey agreement, byte[] binding) {
        this.signing = signing;
        this.agreement = agreement;
        this.binding = binding.clone();
    }

    /** Checks that {@code binding} is {@code signing}'s signature over {@code agreement}. */
    public static IdentityPublicKeys of(Ed25519PublicKey signing, X25519PublicKey agreement, byte[] binding)
            throws CryptoException {
        Objects.requireNonNull(signing, "signing");
        Objects.requireNonNull(agreement, "agreement");
        if (binding == null) {
            throw new CryptoException("identity key-agreement key is not signed by its signing key");
        }
        // Signing and agreement keys have fixed lengths: the concatenation the digest covers is unambiguous.
        ByteBuffer checked = ByteBuffer.wrap(Sha256.hash(signing.bytes(), agreement.bytes(), binding));
        return CHECKED.computeIfAbsent(checked, () -> {
            if (!Ed25519.verify(signing, bindingMessage(agreement), binding)) {
                throw new CryptoException("identity key-agreement key is not signed by its signing key");
            }
            return new IdentityPublicKeys(signing, agreement, binding);
        });
    }

    /** The bytes the signing key signs to vouch for {@code agreement}. */
    static byte[] bindingMessage(X25519PublicKey agreement) {
        byte[] label = IdentityLabels.AGREEMENT_KEY_BINDING.bytes();
        byte[] key = agreement.bytes();
        byte[] message = Arrays.copyOf(label, label.length + key.length);
        System.arraycopy(key, 0, message, label.length, key.length);
        return message;
    }

    public Ed25519PublicKey signing() {
        return signing;
    }

    public X25519PublicKey agreement() {
        return agreement;
    }

    /** The binding signature (a copy). */
    public byte[] binding() {
        return binding.clone();
    }

    /** This identity's fingerprint. */
    public Fingerprint fingerprint() {
        return Fingerprint.of(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdentityPublicKeys other
                && signing.equals(other.signing)
                && agreement.equals(other.agreement);
    }

    @Override
    public int hashCode() {
        return Objects.hash(signing, agreement);
    }

    @Override
    public String toString() {
        return "IdentityPublicKeys[" + fingerprint().grouped() + "]";
    }
}
