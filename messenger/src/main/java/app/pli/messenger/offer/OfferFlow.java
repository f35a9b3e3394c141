package app.pli.messenger.offer;

import app.pli.core.db.SqlWork;
import app.pli.core.error.PliException;
import app.pli.identity.contact.Contact;
import app.pli.identity.contact.RouteBytes;
import app.pli.identity.offer.IntroducerOffer;
import app.pli.identity.offer.OfferConstants;
import app.pli.identity.offer.OfferSummary;
import app.pli.identity.offer.OfferTerms;
import app.pli.identity.offer.Offers;
import app.pli.identity.profile.ProfileStore;
import app.pli.identity.route.DiscoveryRoute;
import app.pli.identity.route.RelayRoute;
import app.pli.identity.route.Route;
import app.pli.messenger.conversation.Conversations;
import app.pli.messenger.conversation.NoSessionException;
import app.pli.messenger.conversation.SessionRecord;
import app.pli.messenger.delivery.PreparedMailboxes;
import app.pli.messenger.delivery.RelayLinks;
import app.pli.messenger.delivery.SyncTally;
import app.pli.messenger.envelope.OfferPayload;
import app.pli.messenger.envelope.Payload;
import app.pli.messenger.lan.DirectLinks;
import app.pli.messenger.mailbox.MailboxPurpose;
import app.pli.messenger.mailbox.MailboxStore;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Starting and answering introductions by a contact, over relays or the LAN.
 *
 * <p>Introducing: two one-time rendezvous mailboxes are created on the introducer's home
 * relay (when it has one and both contacts are reached through relays; otherwise the two
 * will find each other on the LAN), one handed to each side inside its offer, which is
 * queued in both sessions in one transaction. Accepting: this side's inbox for the new
 * contact is created (on the home relay, else the LAN), linked to the offer in the
 * transaction that accepts it, and the hello goes out at once if it can. A refused step
 * deletes the mailboxes it created.
 */
public final class OfferFlow {
    /** How long an offer an admin makes for its group lives: as long as any offer may. */
    public static final Duration GROUP_OFFER_TTL = OfferConstants.MAX_TTL;

    private final Offers offers;
    private final Conversations conversations;
    private final ProfileStore profiles;
    private final MailboxStore mailboxes;
    private final OfferSync sync;
    private final Clock clock;
    private final Duration relayTimeout;

    public OfferFlow(Offers offers, Conversations conversations, ProfileStore profiles, MailboxStore mailboxes,
            OfferSync sync, Clock clock, Duration relayTimeout) {
        this.offers = Objects.requireNonNull(offers, "offers");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.mailboxes = Objects.requireNonNull(mailboxes, "mailboxes");
        this.sync = Objects.requireNonNull(sync, "sync");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.relayTimeout = Objects.requireNonNull(relayTimeout, "relayTimeout");
    }

    /**
     * Introduces the contacts named {@code first} and {@code second} to each other; the
     * offer's id. Both offers are queued together in the sessions' outbox (the caller hands
     * it over as for a text).
     */
    public String introduce(String first, String second, String note, Duration ttl) throws PliException {
        Offers.checkTerms(ttl, note);
        return introduce(offers.checkIntroducible(first, second), note, ttl, null, c -> null);
    }

    /**
     * Introduces two members of the group {@code groupId} whom this profile, an admin of it,
     * knows (contacts or members it met through the group); the offer's id. The two answer
     * the offer themselves, so it has no note and lives {@link #GROUP_OFFER_TTL}.
     * {@code claim} runs in the transaction that queues the offers (and may refuse them, by
     * throwing, if another process made them already).
     */
    public String introduceInGroup(Contact first, Contact second, byte[] groupId, SqlWork<Void> claim)
            throws PliException {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(claim, "claim");
        return introduce(List.of(first, second), "", GROUP_OFFER_TTL, groupId.clone(), claim);
    }

    private String introduce(List<Contact> pair, String note, Duration ttl, byte[] groupId, SqlWork<Void> claim)
            throws PliException {
        Set<Long> withSession = new HashSet<>();
        for (SessionRecord session : conversations.sessions()) {
            withSession.add(session.contactId());
        }
        for (Contact contact : pair) {
            if (!withSession.contains(contact.id())) {
                throw new NoSessionException("the introduction with \"" + contact.name()
                        + "\" has not completed yet; run pli sync");
            }
        }
        Optional<String> relay = profiles.load().homeRelay();
        boolean overRelay = relay.isPresent() && pair.stream().allMatch(c -> c.route() instanceof RelayRoute);
        try (RelayLinks links = new RelayLinks(relayTimeout)) {
            PreparedMailboxes prepared = new PreparedMailboxes(links, mailboxes, clock);
            IntroducerOffer offer;
            try {
                Optional<PreparedMailboxes.Prepared> forFirst = overRelay
                        ? Optional.of(prepared.create(relay.get(), MailboxPurpose.INTRODUCER_RENDEZVOUS))
                        : Optional.empty();
                Optional<PreparedMailboxes.Prepared> forSecond = overRelay
                        ? Optional.of(prepared.create(relay.get(), MailboxPurpose.INTRODUCER_RENDEZVOUS))
                        : Optional.empty();
                offer = offers.introduce(pair.get(0), pair.get(1), ttl, note, route(forFirst), route(forSecond));
                Map<Long, Payload> payloads = new LinkedHashMap<>();
                payloads.put(pair.get(0).id(), payload(offer.forFirst(), forFirst, groupId));
                payloads.put(pair.get(1).id(), payload(offer.forSecond(), forSecond, groupId));
                conversations.sender().sendAll(payloads, c -> {
                    claim.run(c);
                    mailboxes.handedOver(c, prepared.ids());
                    return null;
                });
            } catch (PliException | RuntimeException e) {
                prepared.discard(e);
                throw e;
            }
            return offer.id();
        }
    }

    /** Accepts the offer {@code id} (or a unique prefix), naming the new contact {@code name} if given. */
    public OfferSummary accept(String id, Optional<String> name) throws PliException {
        OfferSummary offer = offers.checkAcceptable(id, name);
        Optional<String> relay = profiles.load().homeRelay();
        boolean overRelay = relay.isPresent() && offer.peerRendezvous() instanceof RelayRoute;
        try (RelayLinks links = new RelayLinks(relayTimeout)) {
            PreparedMailboxes prepared = new PreparedMailboxes(links, mailboxes, clock);
            OfferSummary accepted;
            try {
                Route inbox = overRelay ? prepared.create(relay.get(), MailboxPurpose.CONTACT_INBOX).route()
                        : DiscoveryRoute.INSTANCE;
                accepted = offers.accept(id, name, inbox,
                        (c, offerRowId) -> mailboxes.linkToOffer(c, prepared.ids(), offerRowId));
            } catch (PliException | RuntimeException e) {
                prepared.discard(e);
                throw e;
            }
            sync.flush(links, DirectLinks.NONE, new SyncTally());
            return accepted;
        }
    }

    /** Declines the offer {@code id}; the other side is told as soon as it can be reached. */
    public OfferSummary decline(String id) throws PliException {
        OfferSummary declined = offers.decline(id);
        try (RelayLinks links = new RelayLinks(relayTimeout)) {
            sync.flush(links, DirectLinks.NONE, new SyncTally());
        }
        return declined;
    }

    private static Route route(Optional<PreparedMailboxes.Prepared> mailbox) {
        return mailbox.isPresent() ? mailbox.get().route() : DiscoveryRoute.INSTANCE;
    }

    private static OfferPayload payload(OfferTerms terms, Optional<PreparedMailboxes.Prepared> own, byte[] groupId) {
        OfferPayload.Rendezvous rendezvous = own.map(m -> new OfferPayload.Rendezvous(m.relay(),
                m.credentials().fetchId().bytes(), m.credentials().depositId().bytes(),
                m.credentials().mailboxKey().privateKey().bytes())).orElse(null);
        return new OfferPayload(terms.offerId(), terms.expires().getEpochSecond(), terms.peer().signing().bytes(),
                terms.peer().agreement().bytes(), terms.peer().binding(), terms.peerName(), terms.note(),
                RouteBytes.encode(terms.peerRendezvous()), terms.introducerSignature(), rendezvous, groupId);
    }
}
