package app.pli.messenger.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.error.PliException;
import app.pli.messenger.testing.TestProfiles;
import app.pli.messenger.testing.TestRelay;
import app.pli.messenger.api.ContactInfo;
import app.pli.messenger.api.InvitationTicket;
import app.pli.messenger.api.Messenger;
import app.pli.messenger.api.SyncReport;
import app.pli.messenger.api.VerifyOutcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4's acceptance scenario through the Messenger API, with two profiles and a real
 * relay in this process: invite, accept, a few syncs, compare codes, verified.
 */
class IntroductionOverRelayTest {
    private static final String ALICE = "Alice Zebulon-Quartz";
    private static final String BOB = "Bob Marguerite-Xylo";

    @TempDir
    Path dir;

    private TestRelay relay;
    private Messenger alice;
    private Messenger bob;

    @BeforeEach
    void startRelayAndProfiles() throws PliException {
        relay = TestRelay.start(dir.resolve("relay"));
        ProfileService service = TestProfiles.service();
        alice = TestProfiles.create(service, dir.resolve("A"), ALICE, relay.address());
        bob = TestProfiles.create(service, dir.resolve("B"), BOB, relay.address());
    }

    @AfterEach
    void stop() throws PliException {
        alice.close();
        bob.close();
        relay.close();
    }

    @Test
    void textCodeLeadsToVerifiedContactsOnBothSides() throws PliException {
        InvitationTicket ticket = alice.invite(Duration.ofHours(24));
        ContactInfo pending = bob.accept(ticket.code(), Optional.empty());
        assertEquals("pending", pending.state());
        assertEquals("", pending.fingerprint());

        ContactInfo bobSeenByAlice = syncUntilAwaitingCode();
        compareCodesAndCheckVerified(bobSeenByAlice);
    }

    @Test
    void qrImageWorksLikeTheTextCode() throws PliException, java.io.IOException {
        InvitationTicket ticket = alice.invite(Duration.ofHours(1));
        Path png = dir.resolve("A").resolve("invite.png");
        alice.writeQrPng(ticket.code(), png);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(png)));

        bob.acceptImage(png, Optional.empty());

        compareCodesAndCheckVerified(syncUntilAwaitingCode());
    }

    @Test
    void awaitCodeReturnsOnBothSidesOnceTheOtherAnswered() throws Exception {
        InvitationTicket ticket = alice.invite(Duration.ofHours(1));
        CompletableFuture<Optional<ContactInfo>> aliceWaits = CompletableFuture.supplyAsync(() -> {
            try {
                return alice.awaitCode(ticket.handle(), Duration.ofSeconds(60));
            } catch (PliException e) {
                throw new IllegalStateException(e);
            }
        });
        ContactInfo accepted = bob.accept(ticket.code(), Optional.of("my friend"));

        Optional<ContactInfo> bobSide = bob.awaitCode(accepted.handle(), Duration.ofSeconds(60));
        Optional<ContactInfo> aliceSide = aliceWaits.get();

        assertTrue(bobSide.isPresent() && aliceSide.isPresent(), "both sides reached their codes");
        assertEquals("my friend", bobSide.get().name(), "a name chosen at accept wins over the shared one");
        assertEquals("awaiting-code", bobSide.get().state());
        assertEquals(BOB, aliceSide.get().name());
        assertEquals(ticket.handle(), aliceSide.get().handle());
    }

    @Test
    void theStoreHoldsNoDisplayNameAndNoContactName() throws PliException, java.io.IOException {
        InvitationTicket ticket = alice.invite(Duration.ofHours(1));
        bob.accept(ticket.code(), Optional.empty());
        syncUntilAwaitingCode();
        alice.renameContact(BOB, "Quillon Ravensworth");

        for (String home : List.of("A", "B")) {
            for (String file : List.of("pli.db", "pli.db-wal")) {
                Path path = dir.resolve(home).resolve(file);
                if (!Files.exists(path)) {
                    continue;
                }
                String raw = new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1);
                for (String secret : List.of("Zebulon", "Marguerite", "Quillon", relay.address())) {
                    assertFalse(raw.contains(secret), file + " of " + home + " holds \"" + secret + "\" in clear");
                }
            }
        }
    }

    /** At most three alternating rounds (issue 4); returns Bob as Alice sees him. */
    private ContactInfo syncUntilAwaitingCode() throws PliException {
        for (int round = 0; round < 3; round++) {
            SyncReport a = alice.sync();
            SyncReport b = bob.sync();
            assertEquals(List.of(), a.problems());
            assertEquals(List.of(), b.problems());
            if (awaiting(alice) && awaiting(bob)) {
                return alice.contacts().get(0);
            }
        }
        throw new AssertionError("no codes after three rounds: " + alice.contacts() + " / " + bob.contacts());
    }

    private static boolean awaiting(Messenger side) throws PliException {
        List<ContactInfo> contacts = side.contacts();
        return contacts.size() == 1 && contacts.get(0).state().equals("awaiting-code");
    }

    private void compareCodesAndCheckVerified(ContactInfo bobSeenByAlice) throws PliException {
        ContactInfo aliceSeenByBob = bob.contacts().get(0);
        assertEquals(BOB, bobSeenByAlice.name());
        assertEquals(ALICE, aliceSeenByBob.name(), "the invitee names the contact after the inviter's shared name");
        String aliceCode = bobSeenByAlice.code().orElseThrow();
        String bobCode = aliceSeenByBob.code().orElseThrow();
        assertTrue(aliceCode.matches("[0-9]{4}") && bobCode.matches("[0-9]{4}"));

        assertInstanceOf(VerifyOutcome.Verified.class, alice.verify(BOB, bobCode));
        assertInstanceOf(VerifyOutcome.Verified.class, bob.verify(ALICE, aliceCode));

        ContactInfo verifiedBob = alice.contacts().get(0);
        ContactInfo verifiedAlice = bob.contacts().get(0);
        assertTrue(verifiedBob.verified() && verifiedAlice.verified());
        assertEquals("verified", verifiedBob.state());
        assertEquals(bob.id().fingerprint(), verifiedBob.fingerprint());
        assertEquals(alice.id().fingerprint(), verifiedAlice.fingerprint());
    }
}
