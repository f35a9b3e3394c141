package app.pli.messenger.conversation;

import app.pli.core.codec.DecodeException;
import app.pli.core.db.Database;
import app.pli.core.error.PliException;
import app.pli.messenger.envelope.EnvelopeBlocks;
import app.pli.messenger.envelope.EnvelopeException;
import app.pli.messenger.envelope.Fragment;
import app.pli.messenger.envelope.GroupStatePayload;
import app.pli.messenger.envelope.GroupTextPayload;
import app.pli.messenger.envelope.OfferPayload;
import app.pli.messenger.envelope.Payload;
import app.pli.messenger.envelope.PayloadCodec;
import app.pli.messenger.envelope.ReceiptPayload;
import app.pli.messenger.envelope.ReceiptRequestPayload;
import app.pli.messenger.envelope.TextPayload;
import app.pli.messenger.session.RatchetException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Takes in blocks from a contact, a burst in one transaction: open each under the contact's block
 * key, wait for the envelope's other blocks if any, decrypt the ratchet message, and only
 * then decode the payload and store it (a text once per id, with a receipt due, due again
 * when the text comes a second time) or apply it (a receipt: texts delivered, texts it
 * names missing queued again; a receipt request: answered; an offer: handed to
 * {@link IncomingOffers}; a group's version: handed to {@link IncomingGroups}, then the held
 * group texts placed again; a group text: stored in its group, or held while its sender's
 * membership is not known here). A refused block changes nothing
 * but is dealt with; the ratchet state is written back only with a successful decryption,
 * so a forged or replayed message cannot disturb the session.
 */
public final class MessageReceiver {
    /** Envelope blocks are kept this long for their siblings, as long as a relay keeps blocks. */
    static final Duration FRAGMENT_TTL = Duration.ofDays(21);

    private final Database database;
    private final SessionStore sessions;
    private final MessageStore messages;
    private final FragmentStore fragments;
    private final OutboxStore outbox;
    private final EnvelopeQueue envelopes;
    private final ReceiptRequests requests;
    private final IncomingOffers offers;
    private final IncomingGroups groups;
    private final HeldTexts held;
    private final IncomingFiles files;
    private final Clock clock;

    MessageReceiver(Database database, SessionStore sessions, MessageStore messages, FragmentStore fragments,
            OutboxStore outbox, EnvelopeQueue envelopes, ReceiptRequests requests, IncomingOffers offers,
            IncomingGroups groups, HeldTexts held, IncomingFiles files, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.fragments = Objects.requireNonNull(fragments, "fragments");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.envelopes = Objects.requireNonNull(envelopes, "envelopes");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.offers = Objects.requireNonNull(offers, "offers");
        this.groups = Objects.requireNonNull(groups, "groups");
        this.held = Objects.requireNonNull(held, "held");
        this.files = Objects.requireNonNull(files, "files");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Receives one 4096-byte block that arrived in the inbox of contact {@code contactId}. */
    public ReceiveOutcome receive(long contactId, byte[] block) throws PliException {
        return receiveAll(contactId, List.of(block)).get(0);
    }

    /**
     * Receives blocks from the contact's inbox, in order, in one transaction (one commit for
     * a burst); one outcome per block.
     */
    public List<ReceiveOutcome> receiveAll(long contactId, List<byte[]> blocks) throws PliException {
        return database.write(c -> {
            Optional<SessionRecord> found = sessions.find(c, contactId);
            List<ReceiveOutcome> outcomes = new ArrayList<>(blocks.size());
            for (byte[] block : blocks) {
                outcomes.add(found.isEmpty() ? new ReceiveOutcome.Refused("no session with that contact")
                        : receive(c, found.get(), block));
            }
            return outcomes;
        });
    }

    private ReceiveOutcome receive(Connection c, SessionRecord session, byte[] block) throws SQLException, PliException {
        Fragment fragment;
        try {
            fragment = EnvelopeBlocks.open(session.keys().receiveBlockKey(), block);
        } catch (EnvelopeException e) {
            return new ReceiveOutcome.Refused(e.getMessage());
        }
        List<Fragment> envelope = fragment.count() == 1 ? List.of(fragment)
                : fragments.add(c, session.contactId(), fragment, hour(clock.instant()));
        if (envelope.isEmpty()) {
            return new ReceiveOutcome.Partial();
        }
        return open(c, session, envelope);
    }

    /** Drops envelope blocks whose siblings never came, and group texts held as long; how many. */
    public int expireFragments() throws PliException {
        long before = hour(clock.instant().minus(FRAGMENT_TTL));
        return database.write(c -> fragments.expire(c, before) + held.expire(c, before));
    }

    private ReceiveOutcome open(Connection c, SessionRecord session, List<Fragment> envelope)
            throws SQLException, PliException {
        byte[] plaintext;
        try {
            plaintext = session.ratchet().decrypt(EnvelopeBlocks.assemble(envelope), session.keys().associatedData(), clock.instant());
        } catch (EnvelopeException | RatchetException e) {
            return new ReceiveOutcome.Refused(e.getMessage());
        }
        sessions.update(c, session);
        Payload payload;
        try {
            payload = PayloadCodec.decode(plaintext);
        } catch (DecodeException e) {
            return new ReceiveOutcome.Refused("an authenticated message has an unknown or malformed payload");
        }
        if (payload instanceof TextPayload text) {
            return store(c, session.contactId(), 0, text);
        }
        if (payload instanceof GroupTextPayload groupText) {
            return place(c, session.contactId(), groupText);
        }
        if (payload instanceof GroupStatePayload state) {
            return takeState(c, session.contactId(), state);
        }
        if (payload instanceof ReceiptRequestPayload request) {
            answer(c, session, request);
            return new ReceiveOutcome.ReceiptRequest();
        }
        if (payload instanceof OfferPayload offer) {
            return offers.take(c, session.contactId(), offer);
        }
        return applyReceipt(c, session, (ReceiptPayload) payload);
    }

    private ReceiveOutcome store(Connection c, long contactId, long groupRow, TextPayload text)
            throws SQLException, PliException {
        if (!messages.insertIncoming(c, contactId, groupRow, text)) {
            // Sent again: the contact never got our receipt for it.
            messages.receiptDueAgain(c, contactId, text.messageId());
            return new ReceiveOutcome.Duplicate();
        }
        files.offered(c, contactId, text);
        return new ReceiveOutcome.Stored(new StoredMessage(contactId, text.messageId(), false,
                MessageStatus.RECEIVED, Instant.ofEpochMilli(text.sentAt()), text.sequence(), text.text(), groupRow));
    }

    /** A group text: shown in its group, held until its sender's membership is known, or dropped. */
    private ReceiveOutcome place(Connection c, long contactId, GroupTextPayload text)
            throws SQLException, PliException {
        IncomingGroups.Placement placement = groups.place(c, contactId, text.groupId());
        if (placement instanceof IncomingGroups.Placement.Show show) {
            return store(c, contactId, show.groupRow(), text.text());
        }
        if (placement instanceof IncomingGroups.Placement.Refuse refuse) {
            return new ReceiveOutcome.Refused(refuse.reason());
        }
        held.add(c, contactId, text, hour(clock.instant()));
        return new ReceiveOutcome.Held();
    }

    /** A group version: taken, and if a group changed, every held text placed again. */
    private ReceiveOutcome takeState(Connection c, long contactId, GroupStatePayload state)
            throws SQLException, PliException {
        boolean changed;
        try {
            changed = groups.state(c, contactId, state);
        } catch (PliException e) {
            return new ReceiveOutcome.Refused(e.getMessage());
        }
        List<StoredMessage> released = new ArrayList<>();
        if (changed) {
            for (HeldTexts.Held text : held.all(c)) {
                IncomingGroups.Placement placement = groups.place(c, text.contactId(), text.text().groupId());
                if (placement instanceof IncomingGroups.Placement.Hold) {
                    continue;
                }
                held.delete(c, text.id());
                if (placement instanceof IncomingGroups.Placement.Show show) {
                    released.addAll(store(c, text.contactId(), show.groupRow(), text.text().text()).storedMessages());
                }
            }
        }
        return new ReceiveOutcome.GroupChanged(changed, released);
    }

    /** Texts the receipt names move to delivered; texts it names as missing are queued again. */
    private ReceiveOutcome applyReceipt(Connection c, SessionRecord session, ReceiptPayload receipt)
            throws SQLException, PliException {
        long contactId = session.contactId();
        int delivered = 0;
        for (byte[] id : receipt.messageIds()) {
            delivered += messages.advance(c, contactId, id, MessageStatus.DELIVERED);
        }
        int resent = 0;
        for (byte[] id : receipt.missingIds()) {
            if (outbox.holds(c, contactId, id)) {
                continue; // a copy is already on its way
            }
            Optional<StoredMessage> text = messages.sentText(c, contactId, id);
            if (text.isEmpty()) {
                continue;
            }
            Optional<byte[]> groupId = text.get().inGroup() ? groups.groupId(c, text.get().groupRow())
                    : Optional.empty();
            if (text.get().inGroup() && groupId.isEmpty()) {
                continue; // the group is gone here
            }
            TextPayload sentText = text.get().payload().withFiles(files.sent(c, id));
            Payload again = groupId.isPresent() ? new GroupTextPayload(groupId.get(), sentText) : sentText;
            envelopes.enqueue(c, session, again, id);
            resent++;
        }
        requests.receiptArrived(c, contactId);
        return new ReceiveOutcome.Receipt(delivered, resent);
    }

    /** Answers a receipt request: each id it names is stored here or missing. */
    private void answer(Connection c, SessionRecord session, ReceiptRequestPayload request) throws SQLException {
        List<byte[]> stored = new ArrayList<>();
        List<byte[]> missing = new ArrayList<>();
        for (byte[] id : request.messageIds()) {
            if (messages.hasIncoming(c, session.contactId(), id)) {
                stored.add(id);
            } else if (!held.holds(c, session.contactId(), id)) {
                missing.add(id); // a held text is neither: its sender asks again later
            }
        }
        envelopes.enqueue(c, session, new ReceiptPayload(stored, missing), null);
        messages.receiptsQueued(c, session.contactId(), stored);
    }

    private static long hour(Instant instant) {
        return instant.getEpochSecond() / 3600;
    }
}
