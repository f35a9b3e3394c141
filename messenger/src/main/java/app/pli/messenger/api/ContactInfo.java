package app.pli.messenger.api;

import java.util.Objects;
import java.util.Optional;

/**
 * A contact as a user interface shows it.
 *
 * @param name the local name of the contact
 * @param fingerprint the contact's fingerprint, grouped; empty while the introduction is pending
 * @param verified whether the codes were compared and matched in person
 * @param state one of {@code pending}, {@code awaiting-code}, {@code verified}, {@code unverified}
 * @param code the 4 digits this side must tell the other, while codes are to be compared
 * @param handle the introduction that made this contact
 */
public record ContactInfo(String name, String fingerprint, boolean verified, String state,
        Optional<String> code, IntroductionHandle handle) {
    public ContactInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(handle, "handle");
    }
}
