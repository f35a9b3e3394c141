package app.pli.messenger.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.error.PliException;
import app.pli.identity.intro.IntroductionException;
import app.pli.messenger.api.ContactInfo;
import app.pli.messenger.api.InvitationTicket;
import app.pli.messenger.api.LanMode;
import app.pli.messenger.api.MessageInfo;
import app.pli.messenger.api.Messenger;
import app.pli.messenger.api.OnlineSession;
import app.pli.messenger.api.VerifyOutcome;
import app.pli.messenger.testing.TestProfiles;
import app.pli.messenger.testing.TestRelay;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Introductions over a direct LAN connection ({@code invite --lan}), on loopback: profiles
 * without any relay meet and talk; the endpoint is served by a waiting invite or by the
 * online session (the daemon); an invitee that finds no endpoint yet tries again; a profile
 * with a relay gets its contact inbox there; {@code --no-lan} refuses a LAN code.
 */
class LanIntroductionTest {
    /** A liveness bound (mDNS needs a few seconds to resolve), not a speed target. */
    private static final long WAIT_SECONDS = 60;
    private static final LanMode LOOPBACK = LanMode.on(Optional.of("127.0.0.1"));

    @TempDir
    Path dir;

    private final ProfileService service = TestProfiles.service();
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private Messenger profile(String name, String relay) throws PliException {
        Messenger messenger = TestProfiles.create(service, dir.resolve(name), name, relay);
        open.add(messenger);
        return messenger;
    }

    @Test
    void profilesWithoutARelayMeetThroughTheOnlineSessionAndTalkOnTheLan() throws Exception {
        Messenger alice = profile("Alice", null);
        Messenger bob = profile("Bob", null);
        LinkedBlockingQueue<MessageInfo> atBob = new LinkedBlockingQueue<>();
        OnlineSession aliceOnline = alice.goOnline(m -> { }, LOOPBACK);
        open.add(aliceOnline);

        InvitationTicket ticket = alice.invite(Duration.ofHours(1), LOOPBACK);
        bob.accept(ticket.code(), Optional.empty());
        awaitCodes(alice, bob);
        verifyBoth(alice, "Alice", bob, "Bob");

        OnlineSession bobOnline = bob.goOnline(atBob::add, LOOPBACK);
        open.add(bobOnline);
        aliceOnline.send("Bob", "no relay at all");
        MessageInfo received = atBob.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(received, "nothing arrived over the LAN within " + WAIT_SECONDS + " s");
        assertEquals("no relay at all", received.text());
        assertEquals(1, bob.messages("Alice", 10).size(), "stored once");
    }

    @Test
    void aWaitingInviteServesItsOwnEndpoint() throws Exception {
        Messenger alice = profile("Alice", null);
        Messenger bob = profile("Bob", null);
        InvitationTicket ticket = alice.invite(Duration.ofHours(1), LOOPBACK);
        CompletableFuture<Optional<ContactInfo>> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return alice.awaitCode(ticket.handle(), Duration.ofSeconds(WAIT_SECONDS));
            } catch (PliException e) {
                throw new IllegalStateException(e);
            }
        });
        ContactInfo accepted = awaitAccepted(bob, ticket.code());
        Optional<ContactInfo> bobAtAlice = waiting.get(WAIT_SECONDS + 10, TimeUnit.SECONDS);
        assertTrue(bobAtAlice.isPresent(), "the waiting invite completed the introduction");
        assertEquals("Bob", bobAtAlice.get().name());
        assertEquals("awaiting-code", bob.contacts().get(0).state(), accepted::toString);
    }

    @Test
    void anInviteeThatFindsNoEndpointYetTriesAgainAtTheNextSync() throws Exception {
        Messenger alice = profile("Alice", null);
        Messenger bob = profile("Bob", null);
        InvitationTicket ticket = alice.invite(Duration.ofHours(1), LOOPBACK);
        ContactInfo pending = bob.accept(ticket.code(), Optional.empty());
        assertEquals("pending", pending.state(), "nobody serves the endpoint yet");
        assertTrue(bob.sync().problems().stream().anyMatch(p -> p.contains("did not answer")),
                "the sync says why the introduction waits");

        open.add(alice.goOnline(m -> { }, LanMode.OFF));
        awaitCodes(alice, bob);
    }

    @Test
    void withARelayConfiguredTheContactInboxesAreOnTheRelay() throws Exception {
        TestRelay relay = TestRelay.start(dir.resolve("relay"));
        open.add(relay);
        Messenger alice = profile("Alice", relay.address());
        Messenger bob = profile("Bob", relay.address());
        InvitationTicket ticket = alice.invite(Duration.ofHours(1), LOOPBACK);
        try (OnlineSession serving = alice.goOnline(m -> { }, LanMode.OFF)) {
            awaitAccepted(bob, ticket.code());
            awaitCodes(alice, bob);
        }
        verifyBoth(alice, "Alice", bob, "Bob");
        alice.sync();
        bob.sync();

        MessageInfo sent = bob.send("Alice", "through the relay");
        assertEquals("sent", sent.status(), "Alice's inbox is on the relay, reachable without the LAN");
        alice.sync();
        assertEquals(List.of("through the relay"), alice.messages("Bob", 10).stream().map(MessageInfo::text).toList());
    }

    @Test
    void noLanRefusesALanCodeAndChangesNothing() throws Exception {
        Messenger alice = profile("Alice", null);
        Messenger bob = profile("Bob", null);
        InvitationTicket ticket = alice.invite(Duration.ofHours(1), LOOPBACK);
        PliException refused = assertThrows(PliException.class,
                () -> bob.accept(ticket.code(), Optional.empty(), LanMode.OFF));
        assertInstanceOf(IntroductionException.class, refused);
        assertTrue(refused.getMessage().contains("LAN endpoint"), refused.getMessage());
        assertTrue(bob.contacts().isEmpty());
        assertThrows(PliException.class, () -> alice.invite(Duration.ofHours(1), LanMode.on(Optional.of("192.0.2.77"))),
                "an address this machine does not have");
    }

    /** Accepts, and if the endpoint was not served yet, syncs until the answer came. */
    private static ContactInfo awaitAccepted(Messenger invitee, String code) throws Exception {
        ContactInfo contact = invitee.accept(code, Optional.empty());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (invitee.contacts().get(0).state().equals("pending") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            invitee.sync();
        }
        return contact;
    }

    /** Syncs the invitee until both sides have a code to compare (the inviter's session answers on its own). */
    private static void awaitCodes(Messenger inviter, Messenger invitee) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!(awaiting(inviter) && awaiting(invitee)) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            invitee.sync();
        }
        assertTrue(awaiting(inviter), "inviter: " + inviter.contacts());
        assertTrue(awaiting(invitee), "invitee: " + invitee.contacts());
    }

    private static boolean awaiting(Messenger side) throws PliException {
        List<ContactInfo> contacts = side.contacts();
        return contacts.size() == 1 && contacts.get(0).state().equals("awaiting-code");
    }

    private static void verifyBoth(Messenger a, String aName, Messenger b, String bName) throws PliException {
        String aCode = a.contacts().get(0).code().orElseThrow();
        String bCode = b.contacts().get(0).code().orElseThrow();
        assertInstanceOf(VerifyOutcome.Verified.class, a.verify(bName, bCode));
        assertInstanceOf(VerifyOutcome.Verified.class, b.verify(aName, aCode));
    }
}
