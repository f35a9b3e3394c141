package app.pli.messenger.api;

import java.util.Objects;
import java.util.Optional;

/**
 * A contact as a user interface shows it.
 *
 * @param name the local name of the contact
 * @param fingerprint the contact's fingerprint, grouped; empty while the introduction is pending
 * @param verified whether the codes were compared and matched in person
 * @param state one of {@code pending}, {@code awaiting-code}, {@code verified}, {@code unverified}, {@code failed}
 * @param code the 4 digits this side must tell the other, while codes are to be compared
 * @param handle the introduction that made this contact
 * @param failure why the introduction failed (state {@code failed} only)
 */
public record ContactInfo(String name, String fingerprint, boolean verified, String state,
        Optional<String> code, IntroductionHandle handle, Optional<String> failure) {
    public ContactInfo {
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(handle, "handle");
    }
}
