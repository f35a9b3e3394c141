package app.pli.identity.offer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.error.PliException;
import app.pli.core.testing.MutableClock;
import app.pli.identity.contact.Contact;
import app.pli.identity.contact.ContactNotFoundException;
import app.pli.identity.contact.TrustState;
import app.pli.identity.intro.IntroductionOutcome;
import app.pli.identity.intro.IntroductionRole;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alicia introduces Bertrand and Carolina, who never met: each checks her signature, both
 * accept, their hellos meet, and both end with the other as a contact of trust
 * "introduced", from the very same root key. And every refusal: twice, expired, declined,
 * to oneself, someone not a contact, someone already a contact.
 */
class OffersTest {
    @TempDir
    Path temp;

    private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T10:00:00Z"));
    private Person alicia;
    private Person bertrand;
    private Person carolina;
    private long aliciaAtBertrand;
    private long aliciaAtCarolina;

    @BeforeEach
    void meet() throws Exception {
        alicia = Person.create(temp, "Alicia", clock);
        bertrand = Person.create(temp, "Bertrand", clock);
        carolina = Person.create(temp, "Carolina", clock);
        alicia.meet(bertrand, TrustState.VERIFIED);
        alicia.meet(carolina, TrustState.VERIFIED);
        aliciaAtBertrand = bertrand.meet(alicia, TrustState.VERIFIED);
        aliciaAtCarolina = carolina.meet(alicia, TrustState.VERIFIED);
    }

    @AfterEach
    void close() throws PliException {
        alicia.close();
        bertrand.close();
        carolina.close();
    }

    private IntroducerOffer offer(Duration ttl) throws PliException {
        List<Contact> pair = alicia.offers.checkIntroducible("Bertrand", "Carolina");
        return alicia.offers.introduce(pair.get(0), pair.get(1), ttl, "you two should talk", bertrand.rendezvous,
                carolina.rendezvous);
    }

    /** Both receive the offer; returns its id. */
    private String delivered(IntroducerOffer offer) throws PliException {
        assertTrue(bertrand.receive(aliciaAtBertrand, offer.forFirst()).isPresent());
        assertTrue(carolina.receive(aliciaAtCarolina, offer.forSecond()).isPresent());
        return offer.id();
    }

    @Test
    void bothAcceptAndAgreeOnTheSameKeysWithTrustIntroduced() throws PliException {
        String id = delivered(offer(OfferConstants.DEFAULT_TTL));

        OfferSummary listed = bertrand.offers.find(id);
        assertEquals(OfferState.RECEIVED, listed.state());
        assertEquals("Alicia", listed.introducedBy());
        assertEquals("Carolina", listed.proposedName());
        assertEquals(carolina.keys().fingerprint().grouped(), listed.fingerprint());
        assertEquals("you two should talk", listed.note());

        bertrand.offers.accept(id, Optional.empty(), bertrand.inbox, OfferAttachment.NONE);
        OutgoingOfferMessage hello = bertrand.offers.pendingOutbox().get(0);
        assertEquals(carolina.rendezvous, hello.route(), "the hello goes straight to the other side");
        assertEquals(OfferConstants.MAX_PAYLOAD_BYTES, hello.payload().length, "one block");
        assertTrue(carolina.offers.receiveFromPeer(listed(carolina, id), bertrand.send()));
        assertEquals(OfferState.RECEIVED, carolina.offers.find(id).state(), "kept until Carolina answers");

        OfferSummary agreed = carolina.offers.accept(id, Optional.of("Caro's friend Bert"), carolina.inbox,
                OfferAttachment.NONE);
        assertEquals(OfferState.AGREED, agreed.state());
        assertTrue(bertrand.offers.receiveFromPeer(listed(bertrand, id), carolina.send()));
        assertEquals(OfferState.AGREED, bertrand.offers.find(id).state());

        Contact carolinaAtBertrand = bertrand.contact("Carolina");
        Contact bertrandAtCarolina = carolina.contact("Caro's friend Bert");
        assertEquals(TrustState.INTRODUCED, carolinaAtBertrand.state());
        assertEquals(TrustState.INTRODUCED, bertrandAtCarolina.state());
        assertEquals(aliciaAtBertrand, carolinaAtBertrand.introducedBy());
        assertEquals(aliciaAtCarolina, bertrandAtCarolina.introducedBy());
        assertEquals(carolina.keys(), carolinaAtBertrand.keys());
        assertEquals(carolina.inbox, carolinaAtBertrand.route(), "Bertrand writes to Carolina's new inbox");
        assertEquals(bertrand.inbox, bertrandAtCarolina.route());

        IntroductionOutcome atBertrand = outcome(bertrand, carolinaAtBertrand.id());
        IntroductionOutcome atCarolina = outcome(carolina, bertrandAtCarolina.id());
        assertArrayEquals(atBertrand.rootKey().bytes(), atCarolina.rootKey().bytes(), "one root key");
        assertNotEquals(atBertrand.role(), atCarolina.role(), "one holds the first ratchet key, the other not");
        assertEquals(atBertrand.inviterEphemeralKey(), atCarolina.inviterEphemeralKey());
        IntroductionOutcome holder = atBertrand.role() == IntroductionRole.INVITER ? atBertrand : atCarolina;
        assertEquals(holder.inviterEphemeralKey(), holder.inviterEphemeralPair().orElseThrow().publicKey());
        assertTrue(alicia.offers.list().isEmpty(), "the introducer keeps nothing");
    }

    @Test
    void aHelloDeliveredTwiceChangesNothing() throws PliException {
        String id = delivered(offer(OfferConstants.DEFAULT_TTL));
        bertrand.offers.accept(id, Optional.empty(), bertrand.inbox, OfferAttachment.NONE);
        byte[] hello = bertrand.send();
        assertTrue(carolina.offers.receiveFromPeer(listed(carolina, id), hello));
        Map<String, List<String>> once = carolina.dump();
        assertFalse(carolina.offers.receiveFromPeer(listed(carolina, id), hello));
        assertEquals(once, carolina.dump());
        carolina.offers.accept(id, Optional.empty(), carolina.inbox, OfferAttachment.NONE);
        assertFalse(carolina.offers.receiveFromPeer(listed(carolina, id), hello), "after agreeing too");
    }

    @Test
    void aDeclineReachesTheOtherSideAndEndsBoth() throws PliException {
        String id = delivered(offer(OfferConstants.DEFAULT_TTL));
        bertrand.offers.accept(id, Optional.empty(), bertrand.inbox, OfferAttachment.NONE);
        carolina.offers.decline(id);
        assertEquals(OfferState.DECLINED, carolina.offers.find(id).state());

        assertTrue(bertrand.offers.receiveFromPeer(listed(bertrand, id), carolina.send()));
        assertEquals(OfferState.PEER_DECLINED, bertrand.offers.find(id).state());
        assertTrue(bertrand.offers.pendingOutbox().isEmpty(), "Bertrand's hello is withdrawn");
        assertTrue(bertrand.contacts.list().stream().noneMatch(c -> c.name().equals("Carolina")));
        assertTrue(carolina.contacts.list().stream().noneMatch(c -> c.name().equals("Bertrand")));
    }

    @Test
    void refusalsChangeNothing() throws Exception {
        String id = delivered(offer(OfferConstants.DEFAULT_TTL));
        bertrand.offers.accept(id, Optional.empty(), bertrand.inbox, OfferAttachment.NONE);
        Map<String, List<String>> accepted = bertrand.dump();
        OfferStateException twice = assertThrows(OfferStateException.class,
                () -> bertrand.offers.accept(id, Optional.empty(), bertrand.inbox, OfferAttachment.NONE));
        assertTrue(twice.getMessage().contains("accepted this offer already"), twice.getMessage());
        assertThrows(OfferStateException.class, () -> bertrand.offers.decline(id));
        assertEquals(accepted, bertrand.dump());

        carolina.offers.decline(id);
        Map<String, List<String>> declined = carolina.dump();
        assertThrows(OfferStateException.class,
                () -> carolina.offers.accept(id, Optional.empty(), carolina.inbox, OfferAttachment.NONE));
        assertEquals(declined, carolina.dump());

        assertThrows(OfferNotFoundException.class, () -> carolina.offers.find("ffffffff"));
        assertThrows(OfferNotFoundException.class, () -> carolina.offers.find("ab"), "too short a prefix");
        assertEquals(id, carolina.offers.find(id.substring(0, 6).toUpperCase()).id(), "a prefix, any case");
    }

    @Test
    void anExpiredOfferCannotBeAcceptedAndAnAcceptedOneWaitsTheGrace() throws PliException {
        String id = delivered(offer(Duration.ofDays(1)));
        carolina.offers.accept(id, Optional.empty(), carolina.inbox, OfferAttachment.NONE);
        clock.advance(Duration.ofDays(1));

        assertThrows(OfferStateException.class,
                () -> bertrand.offers.accept(id, Optional.empty(), bertrand.inbox, OfferAttachment.NONE));
        assertEquals(List.of(OfferState.EXPIRED),
                bertrand.offers.endOverdue(clock.instant()).stream().map(OfferSummary::state).toList());
        assertEquals(List.of(), carolina.offers.endOverdue(clock.instant()), "a hello sent in time may be late");
        clock.advance(OfferConstants.ACCEPTED_GRACE);
        assertEquals(OfferState.EXPIRED, carolina.offers.endOverdue(clock.instant()).get(0).state());
        assertTrue(carolina.offers.pendingOutbox().isEmpty());
    }

    @Test
    void theIntroducerCannotIntroduceOneselfStrangersOrUnverifiedContacts() throws Exception {
        assertThrows(OfferException.class, () -> alicia.offers.checkIntroducible("Bertrand", "Bertrand"));
        assertThrows(ContactNotFoundException.class, () -> alicia.offers.checkIntroducible("Bertrand", "Zoe"));
        try (Person dora = Person.create(temp, "Dora", clock)) {
            alicia.meet(dora, TrustState.AWAITING_CODE);
            OfferException unverified = assertThrows(OfferException.class,
                    () -> alicia.offers.checkIntroducible("Bertrand", "Dora"));
            assertTrue(unverified.getMessage().contains("awaiting-code"), unverified.getMessage());
        }
    }

    @Test
    void anOfferForSomeoneAlreadyAContactJustSaysSo() throws PliException {
        bertrand.meet(carolina, TrustState.VERIFIED);
        String id = delivered(offer(OfferConstants.DEFAULT_TTL));
        Map<String, List<String>> before = bertrand.dump();
        OfferException known = assertThrows(OfferException.class,
                () -> bertrand.offers.accept(id, Optional.empty(), bertrand.inbox, OfferAttachment.NONE));
        assertTrue(known.getMessage().contains("already your contact \"Carolina\""), known.getMessage());
        assertEquals(before, bertrand.dump());
    }

    @Test
    void anOfferIsTakenOnlyWithTheIntroducersSignatureOverTheseKeys() throws Exception {
        IntroducerOffer offer = offer(OfferConstants.DEFAULT_TTL);
        OfferTerms terms = offer.forFirst();
        byte[] forged = terms.introducerSignature();
        forged[0] ^= 1;
        OfferTerms tampered = new OfferTerms(terms.offerId(), terms.expires(), terms.peer(), terms.peerName(),
                terms.note(), terms.peerRendezvous(), forged);
        Map<String, List<String>> before = bertrand.dump();
        assertThrows(OfferException.class, () -> bertrand.receive(aliciaAtBertrand, tampered));
        assertThrows(OfferException.class, () -> bertrand.receive(aliciaAtBertrand, offer.forSecond()),
                "terms made for Carolina name Bertrand himself as the other side");
        long carolinaAtBertrand = bertrand.meet(carolina, TrustState.VERIFIED);
        assertThrows(OfferException.class, () -> bertrand.receive(carolinaAtBertrand, terms),
                "the signature is Alicia's, not Carolina's");
        bertrand.contacts.remove("Carolina");
        assertEquals(before, bertrand.dump());
        assertTrue(bertrand.receive(aliciaAtBertrand, terms).isPresent());
        assertTrue(bertrand.receive(aliciaAtBertrand, terms).isEmpty(), "the same offer again is a repeat");
    }

    private static long listed(Person person, String id) throws PliException {
        return person.offers.find(id).rowId();
    }

    private static IntroductionOutcome outcome(Person person, long contactId) throws PliException {
        return person.database.read(c -> person.offers.outcome(c, contactId)).orElseThrow();
    }
}
