package app.pli.messenger.testing;

import app.pli.core.error.PliException;
import app.pli.messenger.api.ContactInfo;
import app.pli.messenger.api.InvitationTicket;
import app.pli.messenger.api.Messenger;
import app.pli.messenger.api.VerifyOutcome;
import app.pli.messenger.profile.ProfileService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Alice (the inviter) and Bob (the invitee), introduced through a real relay in this
 * process and verified, ready to talk.
 */
public final class TestPair implements AutoCloseable {
    public static final String ALICE = "Alice";
    public static final String BOB = "Bob";

    public final TestRelay relay;
    public final ProfileService service;
    public final Path aliceHome;
    public final Path bobHome;
    public final Messenger alice;
    public final Messenger bob;

    private TestPair(TestRelay relay, ProfileService service, Path dir, Messenger alice, Messenger bob) {
        this.relay = relay;
        this.service = service;
        this.aliceHome = dir.resolve("A");
        this.bobHome = dir.resolve("B");
        this.alice = alice;
        this.bob = bob;
    }

    /** Starts a relay in {@code dir}, creates both profiles and introduces them (codes compared). */
    public static TestPair introduced(Path dir) throws PliException {
        return introduced(dir, Clock.systemUTC());
    }

    /** As {@link #introduced(Path)}, both profiles on {@code clock}. */
    public static TestPair introduced(Path dir, Clock clock) throws PliException {
        TestRelay relay = TestRelay.start(dir.resolve("relay"));
        ProfileService service = TestProfiles.service(clock);
        Messenger alice = TestProfiles.create(service, dir.resolve("A"), ALICE, relay.address());
        Messenger bob = TestProfiles.create(service, dir.resolve("B"), BOB, relay.address());
        TestPair pair = new TestPair(relay, service, dir, alice, bob);
        pair.introduce();
        return pair;
    }

    /** Opens Alice's profile a second time, as another process would. */
    public Messenger openAliceAgain() throws PliException {
        return service.open(aliceHome, TestProfiles.passphrase());
    }

    private void introduce() throws PliException {
        meet(alice, ALICE, bob, BOB);
    }

    /**
     * Introduces {@code inviter} and {@code invitee} in person through their relays (invite,
     * accept, syncs) and verifies both; each then has the other under the other's shared name.
     */
    public static void meet(Messenger inviter, String inviterName, Messenger invitee, String inviteeName)
            throws PliException {
        InvitationTicket ticket = inviter.invite(Duration.ofHours(1));
        invitee.accept(ticket.code(), Optional.empty());
        for (int round = 0; round < 3 && !(awaiting(inviter, inviteeName) && awaiting(invitee, inviterName));
                round++) {
            inviter.sync();
            invitee.sync();
        }
        ContactInfo inviteeSeen = named(inviter, inviteeName);
        ContactInfo inviterSeen = named(invitee, inviterName);
        check(inviter.verify(inviteeName, inviterSeen.code().orElseThrow()));
        check(invitee.verify(inviterName, inviteeSeen.code().orElseThrow()));
    }

    private static void check(VerifyOutcome outcome) {
        if (!(outcome instanceof VerifyOutcome.Verified)) {
            throw new IllegalStateException("the introduction did not verify: " + outcome);
        }
    }

    private static boolean awaiting(Messenger side, String name) throws PliException {
        return side.contacts().stream().anyMatch(c -> c.name().equals(name) && c.state().equals("awaiting-code"));
    }

    private static ContactInfo named(Messenger side, String name) throws PliException {
        return side.contacts().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no contact named " + name));
    }

    @Override
    public void close() throws PliException {
        alice.close();
        bob.close();
        relay.close();
    }
}
