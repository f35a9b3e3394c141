package app.pli.identity.contact;

import java.util.Optional;

/**
 * How far a contact's keys are trusted, as shown to the user.
 *
 * <p>{@link #PENDING}: the introduction has not yet delivered the contact's keys.
 * {@link #AWAITING_CODE}: keys are known, the codes have not been compared yet.
 * {@link #UNVERIFIED}: a typed code did not match (another try is allowed).
 * {@link #VERIFIED}: the other person's code was typed and matched: verified in person.
 * {@link #FAILED}: the introduction can no longer complete (it ran out of time, or the
 * invitation was used by someone else); the contact stays, with the reason, until removed.
 * {@link #INTRODUCED}: the keys came from a contact who introduced this one; as far as
 * that contact can be trusted. Comparing safety codes in person later makes it verified.
 * Each state has a stable external name (used in JSON) and a stable storage code; neither
 * may ever change.
 */
public enum TrustState {
    PENDING("pending", 1),
    AWAITING_CODE("awaiting-code", 2),
    VERIFIED("verified", 3),
    UNVERIFIED("unverified", 4),
    FAILED("failed", 5),
    INTRODUCED("introduced", 6);

    private final String externalName;
    private final byte storageCode;

    TrustState(String externalName, int storageCode) {
        this.externalName = externalName;
        this.storageCode = (byte) storageCode;
    }

    /** The name shown to users and machines: pending, awaiting-code, verified, unverified, failed, introduced. */
    public String externalName() {
        return externalName;
    }

    /** The state whose external name is {@code name}, if any. */
    public static Optional<TrustState> fromExternalName(String name) {
        for (TrustState state : values()) {
            if (state.externalName.equals(name)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }

    /** One byte, so that every sealed state has the same length on disk. */
    byte storageCode() {
        return storageCode;
    }

    static Optional<TrustState> fromStorageCode(byte code) {
        for (TrustState state : values()) {
            if (state.storageCode == code) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
