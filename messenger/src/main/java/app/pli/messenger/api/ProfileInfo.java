package app.pli.messenger.api;

import java.util.Objects;
import java.util.Optional;

/**
 * What a profile shows of itself.
 *
 * @param name the display name
 * @param fingerprint the identity's fingerprint, grouped for reading aloud
 * @param relay the home relay's address token, if one is set
 * @param passphraseProtected whether the storage key is wrapped by a passphrase
 */
public record ProfileInfo(String name, String fingerprint, Optional<String> relay, boolean passphraseProtected) {
    public ProfileInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(relay, "relay");
    }
}
