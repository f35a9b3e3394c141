package app.pli.messenger.delivery;

import app.pli.core.error.PliException;
import app.pli.identity.contact.Contact;
import app.pli.identity.contact.ContactStore;
import app.pli.identity.contact.TrustState;
import app.pli.identity.route.RelayRoute;
import app.pli.messenger.conversation.Conversations;
import app.pli.messenger.conversation.InboxLock;
import app.pli.messenger.conversation.OutboxEntry;
import app.pli.messenger.conversation.ReceiveOutcome;
import app.pli.messenger.conversation.SessionRecord;
import app.pli.messenger.lan.DirectLinks;
import app.pli.messenger.mailbox.MailboxStore;
import app.pli.messenger.mailbox.OwnedMailbox;
import app.pli.transport.relay.client.RelayBlock;
import app.pli.transport.relay.client.RelayException;
import app.pli.transport.relay.wire.BlockId;
import app.pli.transport.relay.wire.DepositId;
import app.pli.transport.relay.wire.RelayAddressException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Moves session envelopes over relays: drains every contact inbox (each block received in
 * its own transaction, acknowledged to the relay only after that committed), queues the
 * receipts and the receipt requests that are due, deposits the outbox in send order (an entry leaves the outbox only once the
 * relay confirmed it durable), and locks every new inbox to its contact's sender key.
 *
 * <p>Every step is idempotent, so a crash anywhere is repaired by running it again: a
 * block received but not acknowledged comes back and is recognized (by message id, or by
 * the ratchet refusing a message key used before); an envelope deposited but still in the
 * outbox is deposited again under the same block ids, which the relay stores once.
 */
public final class MessageSync {
    /** Most fetches from one inbox per round: bounds a round against a relay that keeps returning blocks. */
    static final int MAX_FETCH_ROUNDS = 32;

    private final Conversations conversations;
    private final MailboxStore mailboxes;
    private final ContactStore contacts;

    public MessageSync(Conversations conversations, MailboxStore mailboxes, ContactStore contacts) {
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.mailboxes = Objects.requireNonNull(mailboxes, "mailboxes");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
    }

    /**
     * One full round over {@code links}. Envelopes for the contacts in {@code holdBack} (whose
     * introduction messages are not out yet) stay queued.
     */
    public MessageRound run(RelayLinks links, DirectLinks direct, Set<Long> holdBack) throws PliException {
        MessageRound round = new MessageRound();
        receiveAll(links, round);
        conversations.sender().queueReceipts();
        conversations.receiptRequests().queueDue();
        flush(links, direct, holdBack, round);
        lockInboxes(links, round);
        conversations.receiver().expireFragments();
        return round;
    }

    /** Drains every contact inbox. */
    public void receiveAll(RelayLinks links, MessageRound round) throws PliException {
        Map<Long, OwnedMailbox> inboxes = inboxesById();
        for (SessionRecord session : conversations.sessions()) {
            OwnedMailbox inbox = session.inboxId().isPresent() ? inboxes.get(session.inboxId().getAsLong()) : null;
            if (inbox == null || !links.reachable(inbox.relayAddress())) {
                continue;
            }
            try {
                drain(links, session.contactId(), inbox, round);
            } catch (RelayUnreachableException e) {
                // Named once in the report by the links.
            } catch (RelayException e) {
                round.problem("relay " + RelayLinks.hostAndPort(inbox.relayAddress())
                        + " did not hand over an inbox's blocks: " + e.getMessage());
            }
        }
    }

    /** Receives blocks of the contact's inbox (in one transaction) and returns the ids that may be acknowledged. */
    public List<BlockId> receive(long contactId, List<RelayBlock> blocks, MessageRound round) throws PliException {
        List<byte[]> bytes = new ArrayList<>(blocks.size());
        List<BlockId> handled = new ArrayList<>(blocks.size());
        for (RelayBlock block : blocks) {
            bytes.add(block.block().bytes());
            handled.add(block.id());
            round.received();
        }
        for (ReceiveOutcome outcome : conversations.receiver().receiveAll(contactId, bytes)) {
            outcome.storedMessages().forEach(round::stored);
        }
        return handled;
    }

    /**
     * Hands over the outbox, oldest first: over a direct link when one to the contact is up,
     * else deposited at the contact's relay. Both are pipelined (the relay commits deposits
     * together) and the entries confirmed leave the outbox in one transaction; a contact
     * whose path fails keeps its entries for the next round.
     */
    public void flush(RelayLinks links, DirectLinks direct, Set<Long> holdBack, MessageRound round)
            throws PliException {
        Map<Long, Contact> byId = new HashMap<>();
        for (Contact contact : contacts.list()) {
            byId.put(contact.id(), contact);
        }
        List<OutboxEntry> outbox = conversations.outbox();
        Map<Long, SessionRecord> sessions = new HashMap<>();
        for (SessionRecord session : conversations.sessions(outbox.stream().map(OutboxEntry::contactId).toList())) {
            sessions.put(session.contactId(), session);
        }
        List<InFlight> inFlight = new ArrayList<>();
        for (OutboxEntry entry : outbox) {
            Contact contact = byId.get(entry.contactId());
            SessionRecord session = sessions.get(entry.contactId());
            // A failed contact never got (or gave up on) the introduction: nothing can reach it.
            if (contact == null || session == null || holdBack.contains(entry.contactId())
                    || contact.state() == TrustState.FAILED) {
                continue;
            }
            Optional<CompletableFuture<Void>> handed = direct.send(entry.contactId(), entry.blocks());
            if (handed.isPresent()) {
                inFlight.add(new InFlight(entry, null, handed.get()));
            } else if (contact.route() instanceof RelayRoute route && links.reachable(route.relayAddress())) {
                inFlight.add(start(links, entry, route, session, round));
            }
        }
        List<OutboxEntry> done = new ArrayList<>();
        for (InFlight deposit : inFlight) {
            if (deposit.request() != null && finish(links, deposit, round)) {
                done.add(deposit.entry());
                round.sent(deposit.entry().blocks().size());
            }
        }
        conversations.handedOver(done);
    }

    /**
     * One hand-over on its way: the entry, its relay route (null over a direct link), and the
     * answer to come (null if it could not start).
     */
    private record InFlight(OutboxEntry entry, RelayRoute route, CompletableFuture<Void> request) {}

    private InFlight start(RelayLinks links, OutboxEntry entry, RelayRoute route, SessionRecord session,
            MessageRound round) throws PliException {
        List<RelayBlock> blocks = new ArrayList<>();
        for (byte[] block : entry.blocks()) {
            blocks.add(PayloadBlocks.of(block));
        }
        try {
            return new InFlight(entry, route, links.depositLater(route.relayAddress(), DepositId.of(route.depositId()),
                    blocks, session.keys().sender()));
        } catch (RelayAddressException e) {
            round.problem("a contact's relay address is unusable (" + e.getMessage() + "); its messages stay queued");
            return new InFlight(entry, route, null);
        }
    }

    private boolean finish(RelayLinks links, InFlight deposit, MessageRound round) throws PliException {
        if (deposit.route() == null) {
            return DirectLinks.stored(deposit.request());
        }
        String relay = deposit.route().relayAddress();
        try {
            links.finish(relay, deposit.request());
            return true;
        } catch (RelayUnreachableException e) {
            return false;
        } catch (RelayException e) {
            round.problem("relay " + RelayLinks.hostAndPort(relay) + " refused a message (" + e.getMessage()
                    + "); it stays queued");
            return false;
        }
    }

    /** Locks every inbox not locked yet to its contact's sender key. */
    public void lockInboxes(RelayLinks links, MessageRound round) throws PliException {
        Map<Long, OwnedMailbox> inboxes = null;
        for (SessionRecord session : conversations.sessions()) {
            if (session.lock() == InboxLock.LOCKED || session.inboxId().isEmpty()) {
                continue;
            }
            if (inboxes == null) {
                inboxes = inboxesById();
            }
            OwnedMailbox inbox = inboxes.get(session.inboxId().getAsLong());
            if (inbox == null || !links.reachable(inbox.relayAddress())) {
                continue;
            }
            try {
                links.lock(inbox.relayAddress(), inbox.credentials(), session.keys().contactSender());
                conversations.inboxLocked(session.contactId());
            } catch (RelayUnreachableException e) {
                // Named once in the report by the links; locked at a later round.
            } catch (RelayException e) {
                round.problem("relay " + RelayLinks.hostAndPort(inbox.relayAddress())
                        + " did not lock an inbox: " + e.getMessage());
            }
        }
    }

    /** Every owned mailbox by row id. */
    public Map<Long, OwnedMailbox> inboxesById() throws PliException {
        return byId(mailboxes.all());
    }

    /** The owned mailboxes of row ids {@code ids} that still exist, by row id. */
    public Map<Long, OwnedMailbox> inboxesById(Collection<Long> ids) throws PliException {
        return byId(mailboxes.withIds(ids));
    }

    private static Map<Long, OwnedMailbox> byId(List<OwnedMailbox> mailboxes) {
        Map<Long, OwnedMailbox> byId = new HashMap<>();
        for (OwnedMailbox mailbox : mailboxes) {
            byId.put(mailbox.id(), mailbox);
        }
        return byId;
    }

    private void drain(RelayLinks links, long contactId, OwnedMailbox inbox, MessageRound round)
            throws PliException {
        for (int fetch = 0; fetch < MAX_FETCH_ROUNDS; fetch++) {
            List<RelayBlock> blocks = links.fetch(inbox.relayAddress(), inbox.credentials());
            if (blocks.isEmpty()) {
                return;
            }
            // Each block was received in its own committed transaction: only now may the relay forget them.
            links.ack(inbox.relayAddress(), inbox.credentials(), receive(contactId, blocks, round));
        }
    }
}
