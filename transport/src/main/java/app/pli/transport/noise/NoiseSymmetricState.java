package app.pli.transport.noise;

import app.pli.core.crypto.HmacSha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Noise's SymmetricState (specification section 5.2) with SHA-256: the chaining key
 * {@code ck}, the handshake hash {@code h} and the {@link NoiseCipherState} that encrypts
 * handshake payloads under {@code h} as associated data.
 *
 * <p>Invariant: every byte sent or received during the handshake has been mixed into
 * {@code h}, in order, so both parties hold the same {@code h} exactly when they saw the
 * same messages. Not thread-safe.
 */
final class NoiseSymmetricState {
    static final int HASH_BYTES = 32;
    private static final byte[] EMPTY = new byte[0];

    private final MessageDigest sha256;
    private final NoiseCipherState cipher = new NoiseCipherState();
    private byte[] chainingKey;
    private byte[] hash;

    NoiseSymmetricState(String protocolName) {
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
        byte[] name = protocolName.getBytes(StandardCharsets.US_ASCII);
        hash = name.length <= HASH_BYTES ? Arrays.copyOf(name, HASH_BYTES) : sha256.digest(name);
        chainingKey = hash.clone();
    }

    /** {@code ck, k = HKDF(ck, ikm)}; the cipher takes {@code k} with a counter at zero. */
    void mixKey(byte[] inputKeyMaterial) {
        byte[][] outputs = hkdf(chainingKey, inputKeyMaterial);
        Arrays.fill(chainingKey, (byte) 0);
        chainingKey = outputs[0];
        cipher.initializeKey(outputs[1]);
        Arrays.fill(outputs[1], (byte) 0);
    }

    /** {@code h = SHA-256(h || data)}. */
    void mixHash(byte[] data) {
        mixHash(data, 0, data.length);
    }

    /** Encrypts (once there is a key) under {@code h} as associated data, then hashes the result in. */
    byte[] encryptAndHash(byte[] plaintext) {
        byte[] ciphertext = cipher.encryptWithAd(hash, plaintext, 0, plaintext.length);
        mixHash(ciphertext);
        return ciphertext;
    }

    /** The reverse of {@link #encryptAndHash} for {@code message[offset, offset+length)}. */
    byte[] decryptAndHash(byte[] message, int offset, int length) throws NoiseException {
        byte[] plaintext = cipher.decryptWithAd(hash, message, offset, length);
        mixHash(message, offset, length);
        return plaintext;
    }

    boolean hasKey() {
        return cipher.hasKey();
    }

    byte[] handshakeHash() {
        return hash.clone();
    }

    /** The two transport ciphers, initiator-to-responder first; this state is wiped. */
    NoiseCipherState[] split() {
        byte[][] outputs = hkdf(chainingKey, EMPTY);
        NoiseCipherState first = new NoiseCipherState();
        NoiseCipherState second = new NoiseCipherState();
        first.initializeKey(outputs[0]);
        second.initializeKey(outputs[1]);
        Arrays.fill(outputs[0], (byte) 0);
        Arrays.fill(outputs[1], (byte) 0);
        destroy();
        return new NoiseCipherState[] {first, second};
    }

    void destroy() {
        Arrays.fill(chainingKey, (byte) 0);
        cipher.destroy();
    }

    private void mixHash(byte[] data, int offset, int length) {
        sha256.update(hash);
        sha256.update(data, offset, length);
        hash = sha256.digest();
    }

    /** Noise's HKDF with two outputs (section 4.3), on HMAC-SHA256. */
    private static byte[][] hkdf(byte[] chainingKey, byte[] inputKeyMaterial) {
        byte[] tempKey = HmacSha256.mac(chainingKey, inputKeyMaterial);
        byte[] first = HmacSha256.mac(tempKey, new byte[] {1});
        byte[] firstAndTwo = concat(first, (byte) 2);
        byte[] second = HmacSha256.mac(tempKey, firstAndTwo);
        Arrays.fill(firstAndTwo, (byte) 0);
        Arrays.fill(tempKey, (byte) 0);
        return new byte[][] {first, second};
    }

    private static byte[] concat(byte[] head, byte last) {
        byte[] out = Arrays.copyOf(head, head.length + 1);
        out[head.length] = last;
        return out;
    }
}
