package app.pli.identity.intro;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where one introduction stands, without any secret: for waiting on it and for status
 * display.
 *
 * @param contactId the contact it created or completes; empty while an inviter waits for
 *     M1 and after an abort or expiry
 * @param expires when the invitation expires(d)
 * @param failure why it failed; present exactly in state FAILED
 */
public record IntroductionSummary(long id, IntroductionRole role, IntroductionState state, OptionalLong contactId,
        Instant expires, Optional<IntroductionFailure> failure) {
    public IntroductionSummary {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(failure, "failure");
    }
}
