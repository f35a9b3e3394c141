package app.pli.cli.profile;

import app.pli.messenger.api.ProfileInfo;

/**
 * How {@code pli init}, {@code pli id} and {@code pli relay use} show a profile, in JSON
 * ({@code relay} is null when no home relay is set) and in text.
 */
public record ProfileView(String name, String fingerprint, String relay, boolean passphraseProtected) {
    /** The view of {@code info}. */
    public static ProfileView of(ProfileInfo info) {
        return new ProfileView(info.name(), info.fingerprint(), info.relay().orElse(null), info.passphraseProtected());
    }

    /** Aligned lines for people, with the hint on how to set a missing relay. */
    public String text() {
        return text(true);
    }

    /** Aligned lines for people; {@code hints} adds how to set a missing relay. */
    public String text(boolean hints) {
        return "name:        " + name + System.lineSeparator()
                + "fingerprint: " + fingerprint + System.lineSeparator()
                + "relay:       " + (relay != null ? relay : hints ? "none (set one with: pli relay use ADDRESS)" : "none");
    }
}
