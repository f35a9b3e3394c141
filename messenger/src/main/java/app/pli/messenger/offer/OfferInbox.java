package app.pli.messenger.offer;

import app.pli.core.crypto.CryptoException;
import app.pli.core.crypto.Ed25519KeyPair;
import app.pli.core.crypto.Ed25519PrivateKey;
import app.pli.core.crypto.Ed25519PublicKey;
import app.pli.core.crypto.X25519PublicKey;
import app.pli.core.error.PliException;
import app.pli.identity.contact.MalformedRouteException;
import app.pli.identity.contact.RouteBytes;
import app.pli.identity.group.Groups;
import app.pli.identity.keys.IdentityPublicKeys;
import app.pli.identity.offer.OfferAttachment;
import app.pli.identity.offer.OfferException;
import app.pli.identity.offer.OfferTerms;
import app.pli.identity.offer.Offers;
import app.pli.messenger.conversation.IncomingOffers;
import app.pli.messenger.conversation.ReceiveOutcome;
import app.pli.messenger.envelope.GroupTextPayload;
import app.pli.messenger.envelope.OfferPayload;
import app.pli.messenger.mailbox.MailboxPurpose;
import app.pli.messenger.mailbox.MailboxStore;
import app.pli.transport.relay.client.MailboxCredentials;
import app.pli.transport.relay.wire.DepositId;
import app.pli.transport.relay.wire.FetchId;
import app.pli.transport.relay.wire.RelayAddress;
import app.pli.transport.relay.wire.RelayAddressException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Takes the offers contacts send inside their sessions: checks every field of the payload,
 * hands the terms to identity's {@link Offers} (which checks the introducer's signature),
 * and stores this side's rendezvous mailbox, linked to the offer, in the same transaction.
 * A payload that does not hold is refused (and, like any refused block, acknowledged); the
 * session goes on.
 */
public final class OfferInbox implements IncomingOffers {
    private final Offers offers;
    private final MailboxStore mailboxes;
    private final Groups groups;
    private final Clock clock;

    /** {@code groups} learns which offers an admin made for a group (the profile answers those itself). */
    public OfferInbox(Offers offers, MailboxStore mailboxes, Groups groups, Clock clock) {
        this.groups = Objects.requireNonNull(groups, "groups");
        this.offers = Objects.requireNonNull(offers, "offers");
        this.mailboxes = Objects.requireNonNull(mailboxes, "mailboxes");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ReceiveOutcome take(Connection c, long contactId, OfferPayload offer) throws SQLException, PliException {
        OfferTerms terms;
        Optional<Rendezvous> rendezvous;
        try {
            IdentityPublicKeys peer = IdentityPublicKeys.of(Ed25519PublicKey.of(offer.peerSigning()),
                    X25519PublicKey.of(offer.peerAgreement()), offer.peerBinding());
            terms = new OfferTerms(offer.offerId(), Instant.ofEpochSecond(offer.expiresEpochSecond()), peer,
                    offer.peerName(), offer.note(), RouteBytes.decode(offer.peerRendezvous()),
                    offer.introducerSignature());
            if (offer.groupId() != null && offer.groupId().length != GroupTextPayload.GROUP_ID_BYTES) {
                throw new IllegalArgumentException("a group id is 16 bytes");
            }
            rendezvous = offer.ownRendezvous() == null ? Optional.empty()
                    : Optional.of(rendezvous(offer.ownRendezvous()));
        } catch (CryptoException | MalformedRouteException | RelayAddressException | IllegalArgumentException
                | java.time.DateTimeException e) {
            return new ReceiveOutcome.Refused("an offer is malformed");
        }
        OfferAttachment attachment = rendezvous.isEmpty() ? OfferAttachment.NONE
                : (tx, offerRowId) -> mailboxes.insertForOffer(tx, MailboxPurpose.RENDEZVOUS,
                        rendezvous.get().relay(), rendezvous.get().credentials(), clock.instant(), offerRowId);
        try {
            Optional<Long> row = offers.receive(c, contactId, terms, attachment);
            if (row.isPresent() && offer.groupId() != null) {
                groups.tagOffer(c, row.get(), offer.groupId()); // a group this side does not know: the user answers
            }
            return new ReceiveOutcome.Offer(row.isEmpty() ? OptionalLong.empty() : OptionalLong.of(row.get()));
        } catch (OfferException e) {
            return new ReceiveOutcome.Refused(e.getMessage());
        }
    }

    /** A rendezvous mailbox handed over inside an offer. */
    private record Rendezvous(String relay, MailboxCredentials credentials) {}

    private static Rendezvous rendezvous(OfferPayload.Rendezvous given) throws CryptoException, PliException {
        String relay = RelayAddress.parse(given.relay()).format();
        return new Rendezvous(relay, new MailboxCredentials(FetchId.of(given.fetchId()),
                DepositId.of(given.depositId()), Ed25519KeyPair.of(Ed25519PrivateKey.of(given.mailboxKeySeed()))));
    }
}
