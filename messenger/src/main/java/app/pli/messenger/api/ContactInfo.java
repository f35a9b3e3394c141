package app.pli.messenger.api;

import java.util.Objects;
import java.util.Optional;

/**
 * A contact as a user interface shows it.
 *
 * @param name the local name of the contact
 * @param fingerprint the contact's fingerprint, grouped; empty while the introduction is pending
 * @param verified whether the codes were compared and matched in person
 * @param state how far its keys are trusted: {@code verified}, {@code introduced}, {@code unverified},
 *     or while the introduction runs {@code pending}, {@code awaiting-code}; {@code failed}
 * @param code the 4 digits this side must tell the other, while codes are to be compared
 * @param handle the introduction that made this contact
 * @param failure why the introduction failed (state {@code failed} only)
 * @param introducedBy the contact who introduced this one (state {@code introduced}, or
 *     verified later), by name; "a removed contact" once that contact is gone
 */
public record ContactInfo(String name, String fingerprint, boolean verified, String state,
        Optional<String> code, IntroductionHandle handle, Optional<String> failure, Optional<String> introducedBy) {
    public ContactInfo {
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(introducedBy, "introducedBy");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(handle, "handle");
    }
}
