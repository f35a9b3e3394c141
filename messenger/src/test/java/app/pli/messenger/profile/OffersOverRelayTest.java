package app.pli.messenger.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.error.PliException;
import app.pli.identity.offer.OfferException;
import app.pli.identity.offer.OfferStateException;
import app.pli.messenger.api.ContactInfo;
import app.pli.messenger.api.MessageInfo;
import app.pli.messenger.api.Messenger;
import app.pli.messenger.api.OfferInfo;
import app.pli.messenger.api.VerifyOutcome;
import app.pli.messenger.testing.TestPair;
import app.pli.messenger.testing.TestProfiles;
import app.pli.messenger.testing.TestRelay;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alicia introduces Bertrand and Carolina through a real relay in this process, by sync
 * alone: the offers travel in her sessions, the two accept, their hellos meet at the
 * rendezvous, and they talk with trust "introduced"; a comparison of safety codes later
 * makes it verified. A declined offer leaves no contact and no mailbox on the relay.
 */
class OffersOverRelayTest {
    @TempDir
    Path dir;

    private TestRelay relay;
    private Messenger alicia;
    private Messenger bertrand;
    private Messenger carolina;

    @BeforeEach
    void meet() throws PliException {
        relay = TestRelay.start(dir.resolve("relay"));
        ProfileService service = TestProfiles.service();
        alicia = TestProfiles.create(service, dir.resolve("A"), "Alicia", relay.address());
        bertrand = TestProfiles.create(service, dir.resolve("B"), "Bertrand", relay.address());
        carolina = TestProfiles.create(service, dir.resolve("C"), "Carolina", relay.address());
        TestPair.meet(alicia, "Alicia", bertrand, "Bertrand");
        TestPair.meet(alicia, "Alicia", carolina, "Carolina");
    }

    @AfterEach
    void stop() throws PliException {
        alicia.close();
        bertrand.close();
        carolina.close();
        relay.close();
    }

    private String offerBothWays() throws PliException {
        String id = alicia.introduce("Bertrand", "Carolina", Optional.of("meet my colleague"), null);
        bertrand.sync();
        carolina.sync();
        return id;
    }

    @Test
    void bothAcceptAndTalkAsIntroducedContacts() throws PliException {
        String id = offerBothWays();
        OfferInfo atBertrand = only(bertrand.offers());
        assertEquals(id, atBertrand.id());
        assertEquals("Alicia", atBertrand.introducedBy());
        assertEquals("Carolina", atBertrand.name());
        assertEquals("pending", atBertrand.state());
        assertEquals("meet my colleague", atBertrand.note());

        assertEquals("accepted", bertrand.acceptOffer(id.substring(0, 8), Optional.empty()).state());
        carolina.sync(); // takes Bertrand's hello and keeps it until she answers
        assertEquals("agreed", carolina.acceptOffer(id, Optional.empty()).state(), "Bertrand's hello was there");
        bertrand.sync();
        assertEquals("agreed", only(bertrand.offers()).state());

        ContactInfo carolinaAtBertrand = contact(bertrand, "Carolina");
        assertEquals("introduced", carolinaAtBertrand.state());
        assertEquals(Optional.of("Alicia"), carolinaAtBertrand.introducedBy());
        assertEquals(Optional.of("Alicia"), contact(carolina, "Bertrand").introducedBy());

        bertrand.send("Carolina", "hello Carolina");
        carolina.sync();
        carolina.send("Bertrand", "hello Bertrand");
        bertrand.sync();
        carolina.sync();
        assertEquals(List.of("hello Carolina"), texts(carolina, "Bertrand"));
        assertEquals(List.of("hello Bertrand"), texts(bertrand, "Carolina"));
        assertTrue(bertrand.messages("Carolina", 10).stream().filter(MessageInfo::outgoing)
                .allMatch(m -> m.status().equals("delivered")));

        String code = bertrand.safetyCode("Carolina");
        assertEquals(code, carolina.safetyCode("Bertrand"), "both screens show the same safety code");
        assertInstanceOf(VerifyOutcome.SafetyCodeMismatch.class, bertrand.verify("Carolina", "0".repeat(60)));
        assertThrows(OfferException.class, () -> bertrand.verify("Carolina", "1234"), "not four digits");
        assertInstanceOf(VerifyOutcome.Verified.class, bertrand.verify("Carolina", code));
        ContactInfo verified = contact(bertrand, "Carolina");
        assertEquals("verified", verified.state());
        assertEquals(Optional.of("Alicia"), verified.introducedBy(), "who introduced it stays known");
    }

    @Test
    void aDeclinedOfferLeavesNoContactAndNoMailboxOnTheRelay() throws PliException, SQLException {
        int before = relay.mailboxCount();
        String id = offerBothWays();
        bertrand.acceptOffer(id, Optional.empty());
        carolina.declineOffer(id);
        assertThrows(OfferStateException.class, () -> carolina.acceptOffer(id, Optional.empty()));
        bertrand.sync();
        carolina.sync();
        bertrand.sync();

        assertEquals("declined-by-peer", only(bertrand.offers()).state());
        assertTrue(bertrand.contacts().stream().noneMatch(c -> c.name().equals("Carolina")));
        assertTrue(carolina.contacts().stream().noneMatch(c -> c.name().equals("Bertrand")));
        // Alicia's two rendezvous are deleted by the two sides; Bertrand's new inbox by him.
        assertEquals(before, relay.mailboxCount(), "no mailbox of the offer is left on the relay");
    }

    private static OfferInfo only(List<OfferInfo> offers) {
        assertEquals(1, offers.size(), offers::toString);
        return offers.get(0);
    }

    private static ContactInfo contact(Messenger side, String name) throws PliException {
        return side.contacts().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> texts(Messenger side, String contact) throws PliException {
        return side.messages(contact, 10).stream().filter(m -> !m.outgoing()).map(MessageInfo::text).toList();
    }
}
