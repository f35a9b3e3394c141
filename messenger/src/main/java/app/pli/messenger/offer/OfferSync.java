package app.pli.messenger.offer;

import app.pli.core.crypto.X25519PublicKey;
import app.pli.core.error.PliException;
import app.pli.identity.offer.OfferConstants;
import app.pli.identity.offer.OfferException;
import app.pli.identity.offer.OfferState;
import app.pli.identity.offer.OfferSummary;
import app.pli.identity.offer.Offers;
import app.pli.identity.offer.OutgoingOfferMessage;
import app.pli.identity.route.DiscoveryRoute;
import app.pli.identity.route.RelayRoute;
import app.pli.messenger.api.SyncReport;
import app.pli.messenger.delivery.MailboxRemoval;
import app.pli.messenger.delivery.PayloadBlocks;
import app.pli.messenger.delivery.RelayLinks;
import app.pli.messenger.delivery.RelayUnreachableException;
import app.pli.messenger.delivery.SyncTally;
import app.pli.messenger.lan.DirectLinks;
import app.pli.messenger.mailbox.MailboxPurpose;
import app.pli.messenger.mailbox.MailboxStore;
import app.pli.messenger.mailbox.OwnedMailbox;
import app.pli.transport.relay.client.RelayBlock;
import app.pli.transport.relay.client.RelayException;
import app.pli.transport.relay.wire.BlockId;
import app.pli.transport.relay.wire.DepositId;
import app.pli.transport.relay.wire.RelayAddressException;
import app.pli.transport.relay.wire.RelayErrorCode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * One sync of the offers this profile received, in four steps: expire what is due; drain
 * every rendezvous of an offer still open, handing each block to
 * {@link Offers#receiveFromPeer} and acknowledging it only after that committed; send every
 * queued hello or refusal (deposited at the other side's rendezvous, or over a direct LAN
 * link when the rendezvous is the LAN); delete the mailboxes that served their purpose.
 *
 * <p>Every step is idempotent, so an interrupted sync is simply run again. A hello or
 * refusal whose rendezvous is gone is dropped: the other side deletes its rendezvous only
 * once its offer ended (it has the message, or gave up).
 */
public final class OfferSync {
    /** Most fetches from one rendezvous per sync. */
    static final int MAX_FETCH_ROUNDS = 4;

    private final Offers offers;
    private final MailboxStore mailboxes;
    private final Clock clock;

    public OfferSync(Offers offers, MailboxStore mailboxes, Clock clock) {
        this.offers = Objects.requireNonNull(offers, "offers");
        this.mailboxes = Objects.requireNonNull(mailboxes, "mailboxes");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Runs the four steps over {@code links} (and {@code direct} LAN links); relay failures become problems. */
    public SyncReport run(RelayLinks links, DirectLinks direct) throws PliException {
        SyncTally tally = new SyncTally();
        tally.advanced(offers.endOverdue(clock.instant()).size());
        receive(links, tally);
        flush(links, direct, tally);
        cleanUp(links, tally);
        return tally.report(List.of());
    }

    /** Whether an accepted offer waits for the other side's hello, so rounds should come often. */
    public boolean awaitingHellos() throws PliException {
        return offers.list().stream().anyMatch(offer -> offer.state() == OfferState.ACCEPTED);
    }

    /** See {@link Offers#changeMark()}. */
    public String changeMark() throws PliException {
        return offers.changeMark();
    }

    /**
     * The other sides of the offers whose rendezvous is the LAN and that are open or still
     * have a hello or refusal to send: offer row id to X25519 identity key. A LAN node
     * accepts and looks for them like contacts.
     */
    public Map<Long, X25519PublicKey> lanPeers() throws PliException {
        Map<Long, X25519PublicKey> peers = new HashMap<>();
        Set<Long> sending = new HashSet<>();
        for (OutgoingOfferMessage message : offers.pendingOutbox()) {
            sending.add(message.offerRowId());
        }
        for (OfferSummary offer : offers.list()) {
            if ((!offer.state().isFinal() || sending.contains(offer.rowId()))
                    && offer.peerRendezvous() instanceof DiscoveryRoute) {
                peers.put(offer.rowId(), offer.peer().agreement());
            }
        }
        return peers;
    }

    /** Blocks a direct link brought from the other side of offer {@code offerRowId}; throwing refuses them. */
    public void receiveDirect(long offerRowId, List<byte[]> blocks) throws PliException {
        for (byte[] block : blocks) {
            try {
                offers.receiveFromPeer(offerRowId, block);
            } catch (OfferException e) {
                // Refused for good (forged, late): taking it again would not change that.
            }
        }
    }

    /** Sends every queued hello and refusal; one that cannot go now waits for the next sync. */
    public void flush(RelayLinks links, DirectLinks direct, SyncTally tally) throws PliException {
        for (OutgoingOfferMessage message : offers.pendingOutbox()) {
            if (message.route() instanceof DiscoveryRoute) {
                if (handedOverDirectly(direct, offers.status(message.offerRowId()).peer().agreement(), message)) {
                    offers.markSent(message.id());
                    tally.sent();
                }
                continue;
            }
            RelayRoute route = (RelayRoute) message.route();
            if (!links.reachable(route.relayAddress())) {
                continue;
            }
            try {
                links.deposit(route.relayAddress(), DepositId.of(route.depositId()),
                        PayloadBlocks.of(message.payload()));
                offers.markSent(message.id());
                tally.sent();
            } catch (RelayUnreachableException e) {
                // Named once in the report by the links; sent at a later sync.
            } catch (RelayAddressException e) {
                offers.markSent(message.id());
                tally.problem("an offer message names an unusable relay (" + e.getMessage() + "); it was dropped");
            } catch (RelayException e) {
                if (e.code().equals(Optional.of(RelayErrorCode.UNKNOWN_MAILBOX))) {
                    offers.markSent(message.id()); // the other side ended its offer: it has this, or gave up
                } else {
                    tally.problem("relay " + RelayLinks.hostAndPort(route.relayAddress()) + " refused an offer"
                            + " message (" + e.getMessage() + "); it is sent again at the next sync");
                }
            }
        }
    }

    /** Hands a hello or refusal to the other side by its key: once agreed, its link is a contact's. */
    private static boolean handedOverDirectly(DirectLinks direct, X25519PublicKey peer, OutgoingOfferMessage message) {
        Optional<CompletableFuture<Void>> handed = direct.sendTo(peer, List.of(message.payload()));
        return handed.isPresent() && DirectLinks.stored(handed.get());
    }

    private void receive(RelayLinks links, SyncTally tally) throws PliException {
        Map<Long, OfferSummary> byRow = byRow();
        for (OwnedMailbox mailbox : mailboxes.all()) {
            if (mailbox.purpose() != MailboxPurpose.RENDEZVOUS || mailbox.offerId().isEmpty()) {
                continue;
            }
            OfferSummary offer = byRow.get(mailbox.offerId().getAsLong());
            if (offer == null || offer.state().isFinal() || !links.reachable(mailbox.relayAddress())) {
                continue;
            }
            try {
                drain(links, mailbox, offer.rowId(), tally);
            } catch (RelayUnreachableException e) {
                // Named once in the report by the links.
            } catch (RelayException e) {
                tally.problem("relay " + RelayLinks.hostAndPort(mailbox.relayAddress())
                        + " did not hand over an offer's messages: " + e.getMessage());
            }
        }
    }

    private void drain(RelayLinks links, OwnedMailbox mailbox, long offerRowId, SyncTally tally) throws PliException {
        for (int round = 0; round < MAX_FETCH_ROUNDS; round++) {
            List<RelayBlock> blocks = links.fetch(mailbox.relayAddress(), mailbox.credentials());
            if (blocks.isEmpty()) {
                return;
            }
            List<BlockId> handled = new ArrayList<>();
            for (RelayBlock block : blocks) {
                tally.received();
                try {
                    tally.advanced(offers.receiveFromPeer(offerRowId, block.block().bytes()) ? 1 : 0);
                } catch (OfferException e) {
                    // Forged, late or repeated: refused for good, so acknowledged like the others.
                    tally.problem("a message for an offer was refused: " + e.getMessage());
                }
                handled.add(block.id());
            }
            // Each receive committed its own transaction above: only now may the relay forget the blocks.
            links.ack(mailbox.relayAddress(), mailbox.credentials(), handled);
        }
    }

    /** Deletes at the relay (then locally) the mailboxes whose offer ended, and an introducer's old rendezvous. */
    private void cleanUp(RelayLinks links, SyncTally tally) throws PliException {
        Map<Long, OfferSummary> byRow = byRow();
        MailboxRemoval.removeObsolete(links, mailboxes, mailbox -> obsolete(mailbox, byRow), tally);
    }

    private boolean obsolete(OwnedMailbox mailbox, Map<Long, OfferSummary> byRow) {
        if (mailbox.purpose() == MailboxPurpose.INTRODUCER_RENDEZVOUS) {
            return mailbox.linked() && mailbox.created().plus(OfferConstants.MAX_TTL)
                    .plus(OfferConstants.ACCEPTED_GRACE).isBefore(clock.instant());
        }
        if (mailbox.offerId().isEmpty()) {
            return false; // not an offer's (or an orphan, which the introductions' clean-up deletes)
        }
        OfferSummary offer = byRow.get(mailbox.offerId().getAsLong());
        if (offer == null) {
            return true;
        }
        return switch (mailbox.purpose()) {
            case RENDEZVOUS -> offer.state().isFinal();
            case CONTACT_INBOX -> offer.state().isFinal() && offer.state() != OfferState.AGREED;
            default -> false;
        };
    }

    private Map<Long, OfferSummary> byRow() throws PliException {
        Map<Long, OfferSummary> byRow = new HashMap<>();
        for (OfferSummary offer : offers.list()) {
            byRow.put(offer.rowId(), offer);
        }
        return byRow;
    }
}
