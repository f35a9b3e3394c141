package app.pli.cli.unlock;

import app.pli.core.error.PliException;
import app.pli.messenger.api.Messenger;
import app.pli.messenger.api.Pli;
import app.pli.messenger.api.ProfileInfo;
import app.pli.messenger.api.Profiles;
import app.pli.messenger.api.Unlock;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --passphrase-file} option of every command that opens or creates a profile, and
 * the one place that turns the passphrase sources into an {@link Unlock}. A passphrase is
 * asked for only when the profile has one, and its characters are wiped right after use.
 */
public final class UnlockOptions {
    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "Read the passphrase from FILE (one trailing newline is ignored);"
                    + " else PLI_PASSPHRASE, else a prompt on the terminal.")
    Path passphraseFile;

    /** Opens the profile in {@code home}, asking for its passphrase if it has one. */
    public Messenger open(Path home) throws PliException {
        Profiles profiles = Pli.profiles();
        if (!profiles.needsPassphrase(home)) {
            return profiles.open(home, Unlock.unattended());
        }
        char[] passphrase = source().forExistingProfile(home);
        try {
            return profiles.open(home, Unlock.passphrase(passphrase));
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    /**
     * Creates a profile in {@code home}: unattended (key file of mode 0600) or protected by a
     * passphrase from the usual sources, asked twice on a terminal.
     */
    public ProfileInfo create(Path home, String displayName, Optional<String> relay, boolean unattended)
            throws PliException {
        Profiles profiles = Pli.profiles();
        if (unattended) {
            return profiles.init(home, displayName, relay, Unlock.unattended());
        }
        char[] passphrase = source().forNewProfile(home);
        try {
            return profiles.init(home, displayName, relay, Unlock.passphrase(passphrase));
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    /** Whether {@code --passphrase-file} was given. */
    public boolean hasPassphraseFile() {
        return passphraseFile != null;
    }

    private PassphraseSource source() {
        return PassphraseSource.ofProcess(Optional.ofNullable(passphraseFile));
    }
}
