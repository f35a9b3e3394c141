package app.pli.identity.invite;

import app.pli.identity.route.Route;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A one-time invitation as carried by a text code or a QR code: where to reach the inviter
 * for the introduction, a one-time secret, and a commitment to the inviter's keys. It holds
 * no name.
 *
 * <p>Invariant: {@code secret} and {@code commitment} are 32 bytes each. {@code toString}
 * never shows the secret.
 */
public record Invitation(int version, Instant expires, Route introRoute, byte[] secret, byte[] commitment) {
    public static final int CURRENT_VERSION = 1;
    public static final int SECRET_BYTES = 32;
    public static final int COMMITMENT_BYTES = 32;

    public Invitation {
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(introRoute, "introRoute");
        if (secret == null || secret.length != SECRET_BYTES) {
            throw new IllegalArgumentException("secret must be " + SECRET_BYTES + " bytes");
        }
        if (commitment == null || commitment.length != COMMITMENT_BYTES) {
            throw new IllegalArgumentException("commitment must be " + COMMITMENT_BYTES + " bytes");
        }
        secret = secret.clone();
        commitment = commitment.clone();
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    @Override
    public byte[] commitment() {
        return commitment.clone();
    }

    /** Whether the invitation can no longer be used at {@code now}. */
    public boolean expiredAt(Instant now) {
        return !now.isBefore(expires);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Invitation other
                && version == other.version
                && expires.equals(other.expires)
                && introRoute.equals(other.introRoute)
                && Arrays.equals(secret, other.secret)
                && Arrays.equals(commitment, other.commitment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, expires, introRoute, Arrays.hashCode(commitment));
    }

    @Override
    public String toString() {
        return "Invitation[v" + version + ", expires " + expires + ", " + introRoute + ", secret redacted]";
    }
}
