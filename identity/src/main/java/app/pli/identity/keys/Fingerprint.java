package app.pli.identity.keys;

import app.pli.core.crypto.ConstantTime;
import app.pli.core.crypto.Sha256;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * SHA-256 over an identity's two public keys (with a label): what people compare to know
 * they hold the same key, shown as groups of five digits that are easy to read aloud.
 *
 * <p>Invariant: 32 bytes. Equality is on the bytes.
 */
public final class Fingerprint {
    /** Digits shown: six groups of five, from the first 30 bytes (about 100 bits). */
    static final int GROUPS = 6;

    private final byte[] hash;

    private Fingerprint(byte[] hash) {
        this.hash = hash;
    }

    static Fingerprint of(IdentityPublicKeys keys) {
        return new Fingerprint(Sha256.hash(IdentityLabels.FINGERPRINT.bytes(),
                keys.signing().bytes(), keys.agreement().bytes()));
    }

    /** The 32 hash bytes (a copy). */
    public byte[] bytes() {
        return hash.clone();
    }

    /** The fingerprint for reading aloud, e.g. {@code 04721 93310 55012 67180 23345 90121}. */
    public String grouped() {
        return DigitGroups.of(hash, GROUPS);
    }

    /** The full hash in lowercase hex, for machines. */
    public String hex() {
        return HexFormat.of().formatHex(hash);
    }

    /**
     * The pairwise safety code of two identities: the same twelve groups of digits on both
     * sides, whichever side computes it.
     */
    public static String safetyCode(Fingerprint a, Fingerprint b) {
        boolean aFirst = Arrays.compareUnsigned(a.hash, b.hash) <= 0;
        byte[] first = aFirst ? a.hash : b.hash;
        byte[] second = aFirst ? b.hash : a.hash;
        byte[] left = Sha256.hash(IdentityLabels.SAFETY_CODE.bytes(), first, second);
        byte[] right = Sha256.hash(IdentityLabels.SAFETY_CODE.bytes(), second, first);
        return DigitGroups.of(left, GROUPS) + " " + DigitGroups.of(right, GROUPS);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint other && ConstantTime.equals(hash, other.hash);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return grouped();
    }
}
