package app.pli.identity.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.pli.core.crypto.CryptoRandom;
import app.pli.core.crypto.Ed25519;
import app.pli.core.crypto.X25519;
import app.pli.core.error.PliException;
import app.pli.core.testing.MutableClock;
import app.pli.identity.contact.Contact;
import app.pli.identity.contact.RouteBytes;
import app.pli.identity.contact.TrustState;
import app.pli.identity.keys.Fingerprint;
import app.pli.identity.keys.IdentityKeyPair;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an introduction by a contact can and cannot stop.
 *
 * <p>An introducer you trust can lie: given Mallory's keys under the name "Carolina",
 * Bertrand agrees with Mallory, and Pli cannot tell; that is exactly what the trust level
 * "introduced" says. What does give it away: the real Carolina's hello is refused (it is
 * not signed by the key Bertrand was given), and comparing safety codes in person with the
 * real Carolina fails. A third party that sees the rendezvous (the relay operator) can do
 * nothing: it cannot seal a hello that opens, nor move one between offers or directions.
 */
class OfferAttackTest {
    @TempDir
    Path temp;

    private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T10:00:00Z"));
    private Person alicia;
    private Person bertrand;
    private Person carolina;
    private Person mallory;

    @BeforeEach
    void meet() throws Exception {
        alicia = Person.create(temp, "Alicia", clock);
        bertrand = Person.create(temp, "Bertrand", clock);
        carolina = Person.create(temp, "Carolina", clock);
        mallory = Person.create(Files.createDirectories(temp.resolve("elsewhere")), "Carolina", clock);
        alicia.meet(bertrand, TrustState.VERIFIED);
        alicia.meet(carolina, TrustState.VERIFIED);
        bertrand.meet(alicia, TrustState.VERIFIED);
        carolina.meet(alicia, TrustState.VERIFIED);
        mallory.meet(alicia, TrustState.VERIFIED);
    }

    @AfterEach
    void close() throws PliException {
        for (Person person : List.of(alicia, bertrand, carolina, mallory)) {
            person.close();
        }
    }

    @Test
    void aLyingIntroducerSucceedsAndOnlyTheRealPersonOrACodeComparisonRevealsIt() throws PliException {
        Contact bert = alicia.contact("Bertrand");
        Contact fakeCarolina = new Contact(99, "Carolina", TrustState.VERIFIED, mallory.keys(),
                alicia.contact("Carolina").route(), null, null);
        IntroducerOffer lie = alicia.offers.introduce(bert, fakeCarolina, OfferConstants.DEFAULT_TTL, "",
                bertrand.rendezvous, mallory.rendezvous);
        bertrand.receive(bertrand.contact("Alicia").id(), lie.forFirst());
        mallory.receive(mallory.contact("Alicia").id(), lie.forSecond());
        bertrand.offers.accept(lie.id(), Optional.empty(), bertrand.inbox, OfferAttachment.NONE);
        mallory.offers.accept(lie.id(), Optional.empty(), mallory.inbox, OfferAttachment.NONE);
        byte[] toMallory = bertrand.send();
        bertrand.offers.receiveFromPeer(bertrand.offers.find(lie.id()).rowId(), mallory.send());
        mallory.offers.receiveFromPeer(mallory.offers.find(lie.id()).rowId(), toMallory);

        Contact agreed = bertrand.contact("Carolina");
        assertEquals(TrustState.INTRODUCED, agreed.state(), "as far as Alicia can be trusted");
        assertEquals(mallory.keys(), agreed.keys(), "the lie went through: nothing in the protocol can see it");

        Fingerprint bertrandPrint = bertrand.keys().fingerprint();
        assertNotEquals(Fingerprint.safetyCode(bertrandPrint, carolina.keys().fingerprint()),
                Fingerprint.safetyCode(bertrandPrint, agreed.keys().fingerprint()),
                "comparing safety codes with the real Carolina in person exposes it");
    }

    @Test
    void theRealPersonsHelloIsRefusedWhereTheIntroducerGaveAnotherKey() throws PliException {
        Contact bert = alicia.contact("Bertrand");
        Contact fakeCarolina = new Contact(99, "Carolina", TrustState.VERIFIED, mallory.keys(),
                alicia.contact("Carolina").route(), null, null);
        IntroducerOffer lie = alicia.offers.introduce(bert, fakeCarolina, OfferConstants.DEFAULT_TTL, "",
                bertrand.rendezvous, mallory.rendezvous);
        IntroducerOffer truth = alicia.offers.introduce(bert, alicia.contact("Carolina"), OfferConstants.DEFAULT_TTL,
                "", bertrand.rendezvous, carolina.rendezvous);
        bertrand.receive(bertrand.contact("Alicia").id(), lie.forFirst());
        carolina.receive(carolina.contact("Alicia").id(), truth.forSecond());
        carolina.offers.accept(truth.id(), Optional.empty(), carolina.inbox, OfferAttachment.NONE);

        assertThrows(OfferException.class,
                () -> bertrand.offers.receiveFromPeer(bertrand.offers.find(lie.id()).rowId(), carolina.send()));
    }

    @Test
    void aThirdPartyOnTheRelayCannotSealMoveOrReflectAHello() throws Exception {
        Contact bert = alicia.contact("Bertrand");
        IntroducerOffer offer = alicia.offers.introduce(bert, alicia.contact("Carolina"), OfferConstants.DEFAULT_TTL,
                "", bertrand.rendezvous, carolina.rendezvous);
        IntroducerOffer other = alicia.offers.introduce(bert, alicia.contact("Carolina"), OfferConstants.DEFAULT_TTL,
                "", bertrand.rendezvous, carolina.rendezvous);
        for (IntroducerOffer each : List.of(offer, other)) {
            bertrand.receive(bertrand.contact("Alicia").id(), each.forFirst());
            carolina.receive(carolina.contact("Alicia").id(), each.forSecond());
        }
        long bertrandsRow = bertrand.offers.find(offer.id()).rowId();

        // Eve knows the offer id and Carolina's public keys, but no private key of either side.
        IdentityKeyPair eve = IdentityKeyPair.generate();
        byte[] offerId = offer.forFirst().offerId();
        OfferWire.Hello forged = new OfferWire.Hello(offerId, carolina.keys().signing().bytes(),
                carolina.keys().agreement().bytes(), carolina.keys().binding(),
                X25519.generateKeyPair().publicKey().bytes(), RouteBytes.encode(carolina.inbox), "Carolina",
                offer.forFirst().introducerSignature(), Ed25519.sign(eve.signing().privateKey(), new byte[] {1}));
        byte[] sealedByEve = OfferWire.seal(OfferCrypto.sealingKey(eve.agreement().privateKey(),
                bertrand.keys().agreement(), offerId, OfferCrypto.isLow(carolina.keys(), bertrand.keys())),
                offerId, forged);
        assertThrows(OfferException.class, () -> bertrand.offers.receiveFromPeer(bertrandsRow, sealedByEve));
        assertThrows(OfferException.class,
                () -> bertrand.offers.receiveFromPeer(bertrandsRow, CryptoRandom.bytes(4096)), "noise");

        carolina.offers.accept(other.id(), Optional.empty(), carolina.inbox, OfferAttachment.NONE);
        byte[] helloForTheOtherOffer = carolina.send();
        assertThrows(OfferException.class, () -> bertrand.offers.receiveFromPeer(bertrandsRow,
                helloForTheOtherOffer), "a hello moved from another offer does not open");

        bertrand.offers.accept(offer.id(), Optional.empty(), bertrand.inbox, OfferAttachment.NONE);
        byte[] own = bertrand.send();
        Map<String, List<String>> before = bertrand.dump();
        assertThrows(OfferException.class, () -> bertrand.offers.receiveFromPeer(bertrandsRow, own),
                "a hello reflected back to its sender does not open");
        assertEquals(before, bertrand.dump(), "nothing a third party sent changed anything");
    }
}
