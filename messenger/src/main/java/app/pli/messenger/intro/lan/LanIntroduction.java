package app.pli.messenger.intro.lan;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * What one introduction over the LAN needs besides its state machine: the inviter's
 * endpoint, the invitation's one-time secret (it opens the channel), until when the row is
 * kept, the local address to connect from (invitee, {@code --interface}), and, once the
 * inviter answered, its answer M2 (so that a repeated M1 gets the same answer).
 *
 * <p>Invariant: the secret has {@value #SECRET_BYTES} bytes; a reply is one block.
 * {@code toString} shows neither.
 */
public record LanIntroduction(long introductionId, String host, int port, Optional<String> from, byte[] secret,
        Instant keepUntil, Optional<byte[]> reply) {
    public static final int SECRET_BYTES = 32;

    public LanIntroduction {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(keepUntil, "keepUntil");
        Objects.requireNonNull(reply, "reply");
        if (secret == null || secret.length != SECRET_BYTES) {
            throw new IllegalArgumentException("a LAN introduction secret has " + SECRET_BYTES + " bytes");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1..65535");
        }
        secret = secret.clone();
        reply = reply.map(byte[]::clone);
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    @Override
    public Optional<byte[]> reply() {
        return reply.map(byte[]::clone);
    }

    /** The same row with the inviter's answer, kept as long as the row. */
    public LanIntroduction answered(byte[] answer) {
        return new LanIntroduction(introductionId, host, port, from, secret, keepUntil, Optional.of(answer));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LanIntroduction other && introductionId == other.introductionId
                && host.equals(other.host) && port == other.port && from.equals(other.from)
                && Arrays.equals(secret, other.secret) && keepUntil.equals(other.keepUntil)
                && reply.isPresent() == other.reply.isPresent()
                && (reply.isEmpty() || Arrays.equals(reply.get(), other.reply.get()));
    }

    @Override
    public int hashCode() {
        return Long.hashCode(introductionId);
    }

    @Override
    public String toString() {
        return "LanIntroduction[" + introductionId + ", " + host + ":" + port + ", secret redacted]";
    }
}
