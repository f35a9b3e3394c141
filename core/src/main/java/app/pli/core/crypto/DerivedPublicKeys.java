package app.pli.core.crypto;

import app.pli.core.memo.BoundedMemo;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Public keys derived lately from private ones (a scalar multiplication each), remembered
 * so stored keys opened on every round are not derived again. Found by a labelled SHA-256
 * of the private bytes: the memo never holds a private key.
 *
 * @param <P> the public key type
 */
final class DerivedPublicKeys<P> {
    private final byte[] label;
    private final BoundedMemo<ByteBuffer, P> memo = new BoundedMemo<>(16_384);

    DerivedPublicKeys(String label) {
        this.label = label.getBytes(StandardCharsets.US_ASCII);
    }

    /** The public key of {@code privateBytes}: remembered, or derived now and remembered. */
    P of(byte[] privateBytes, BoundedMemo.Computation<P, CryptoException> derivation) throws CryptoException {
        return memo.computeIfAbsent(ByteBuffer.wrap(Sha256.hash(label, privateBytes)), derivation);
    }
}
