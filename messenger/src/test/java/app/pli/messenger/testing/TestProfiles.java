package app.pli.messenger.testing;

import app.pli.core.crypto.Argon2Params;
import app.pli.core.error.PliException;
import app.pli.messenger.api.Messenger;
import app.pli.messenger.api.Unlock;
import app.pli.messenger.profile.MessengerSettings;
import app.pli.messenger.profile.ProfileService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Profiles for tests: cheap Argon2id, short waits, one passphrase. */
public final class TestProfiles {
    public static final String PASSPHRASE = "correct-horse";
    /** Long enough for a loaded machine to connect; short enough for the outage tests. */
    public static final Duration RELAY_TIMEOUT = Duration.ofSeconds(4);
    /** As in production: tests that need a request move their clock past it. */
    public static final Duration RECEIPT_PATIENCE = Duration.ofMinutes(5);

    private TestProfiles() {}

    public static ProfileService service() {
        return service(Clock.systemUTC());
    }

    public static ProfileService service(Clock clock) {
        return new ProfileService(new MessengerSettings(Argon2Params.forTestsOnly(64, 1, 1), RELAY_TIMEOUT,
                RELAY_TIMEOUT, Duration.ofMillis(50), RECEIPT_PATIENCE, clock));
    }

    public static Unlock passphrase() {
        return Unlock.passphrase(PASSPHRASE.toCharArray());
    }

    /** Creates a passphrase profile named {@code name} on {@code relay} in {@code home} and opens it. */
    public static Messenger create(ProfileService service, Path home, String name, String relay) throws PliException {
        service.init(home, name, Optional.ofNullable(relay), passphrase());
        return service.open(home, passphrase());
    }
}
