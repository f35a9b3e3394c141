package app.pli.identity.intro;

import app.pli.core.error.PliException;
import app.pli.identity.route.Route;
import app.pli.core.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Alice (inviter) and Bob (invitee), each with a store in a temporary folder, on one clock. */
abstract class TwoPartyTest {
    @TempDir
    Path temp;

    final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T10:00:00Z"));
    final Route introRoute = Party.relayRoute();
    Party alice;
    Party bob;

    @BeforeEach
    void createParties() throws Exception {
        alice = Party.create(temp, "Alice", clock);
        bob = Party.create(temp, "Bob", clock);
    }

    @AfterEach
    void closeParties() throws PliException {
        alice.close();
        bob.close();
    }

    CreatedInvitation invite() throws PliException {
        return alice.introductions.invite(introRoute, alice.inbox, Duration.ofHours(24));
    }

    AcceptedInvitation accept(CreatedInvitation invitation) throws PliException {
        return bob.introductions.accept(invitation.invitation(), bob.inbox, "Bob", Optional.empty());
    }

    /** Runs invite, accept, M1 and M2: both sides await their codes. */
    void introduce() throws PliException {
        CreatedInvitation invitation = invite();
        AcceptedInvitation accepted = accept(invitation);
        alice.introductions.receive(invitation.introductionId(), bob.send());
        bob.introductions.receive(accepted.introductionId(), alice.send());
    }

    /** A four-digit code other than {@code code}. */
    static String wrong(String code) {
        return String.format("%04d", (Integer.parseInt(code) + 1) % 10_000);
    }
}
