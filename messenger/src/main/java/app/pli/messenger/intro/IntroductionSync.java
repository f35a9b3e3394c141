package app.pli.messenger.intro;

import app.pli.core.db.Database;
import app.pli.core.error.PliException;
import app.pli.identity.contact.Contact;
import app.pli.identity.contact.ContactStore;
import app.pli.identity.intro.IntroductionException;
import app.pli.identity.intro.IntroductionFailure;
import app.pli.identity.intro.IntroductionRole;
import app.pli.identity.intro.IntroductionState;
import app.pli.identity.intro.IntroductionSummary;
import app.pli.identity.intro.Introductions;
import app.pli.identity.intro.OutgoingIntroductionMessage;
import app.pli.identity.intro.ReceiveResult;
import app.pli.identity.route.LanRoute;
import app.pli.identity.route.RelayRoute;
import app.pli.messenger.api.SyncReport;
import app.pli.messenger.delivery.MailboxRemoval;
import app.pli.messenger.delivery.PayloadBlocks;
import app.pli.messenger.delivery.RelayLinks;
import app.pli.messenger.delivery.RelayUnreachableException;
import app.pli.messenger.delivery.SyncTally;
import app.pli.messenger.intro.lan.LanIntroduction;
import app.pli.messenger.intro.lan.LanIntroductionExchange;
import app.pli.messenger.intro.lan.LanIntroductionStore;
import app.pli.messenger.mailbox.MailboxPurpose;
import app.pli.messenger.mailbox.MailboxStore;
import app.pli.messenger.mailbox.OwnedMailbox;
import app.pli.transport.lan.link.LinkException;
import app.pli.transport.relay.client.RelayBlock;
import app.pli.transport.relay.client.RelayException;
import app.pli.transport.relay.wire.BlockId;
import app.pli.transport.relay.wire.DepositId;
import app.pli.transport.relay.wire.RelayAddressException;
import app.pli.transport.relay.wire.RelayErrorCode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One sync of the introductions, in four steps: expire what is due; drain every mailbox
 * that can still receive an introduction message, handing each block to
 * {@link Introductions#receive} and acknowledging the blocks only after that committed;
 * deposit every queued message as one block and mark it sent only after the relay
 * confirmed it durable; delete at the relay the mailboxes that served their purpose.
 *
 * <p>Every step is idempotent, so an interrupted sync is simply run again: a block
 * received but not acknowledged comes back and is recognized as a duplicate; a message
 * deposited but not marked sent is deposited again under the same block id, which the
 * relay stores once. A relay that does not answer is skipped for the rest of the sync and
 * named in the report.
 */
public final class IntroductionSync {
    /** A mailbox created but never linked to an introduction (a crash in between) is deleted after this. */
    static final Duration PREPARED_GRACE = Duration.ofHours(1);
    /** Most fetches from one mailbox per sync: bounds a sync against a relay that keeps returning blocks. */
    static final int MAX_FETCH_ROUNDS = 16;

    private final Database database;
    private final Introductions introductions;
    private final ContactStore contacts;
    private final MailboxStore mailboxes;
    private final LanIntroductionStore lanIntroductions;
    private final LanIntroductionExchange lanExchange;
    private final Clock clock;

    public IntroductionSync(Database database, Introductions introductions, ContactStore contacts,
            MailboxStore mailboxes, LanIntroductionStore lanIntroductions, LanIntroductionExchange lanExchange,
            Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.introductions = Objects.requireNonNull(introductions, "introductions");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.mailboxes = Objects.requireNonNull(mailboxes, "mailboxes");
        this.lanIntroductions = Objects.requireNonNull(lanIntroductions, "lanIntroductions");
        this.lanExchange = Objects.requireNonNull(lanExchange, "lanExchange");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Runs the four steps over {@code links}; relay failures become problems in the report. */
    public SyncReport run(RelayLinks links) throws PliException {
        SyncTally tally = new SyncTally();
        endOverdue(tally);
        receive(links, tally);
        flush(links, tally);
        cleanUp(links, tally);
        return tally.report(links.problems());
    }

    /** Ends the introductions past their deadline; each failure is a line of the report. */
    private void endOverdue(SyncTally tally) throws PliException {
        for (IntroductionSummary ended : introductions.endOverdue(clock.instant())) {
            tally.advanced(1);
            if (ended.failure().isPresent()) {
                tally.problem(failureLine(ended.contactId(), ended.failure().get()));
            }
        }
    }

    /** The one line that tells the user an introduction failed, naming the contact it was for. */
    private String failureLine(OptionalLong contactId, IntroductionFailure failure) throws PliException {
        String name = "a contact";
        if (contactId.isPresent()) {
            Optional<Contact> contact = database.read(c -> contacts.find(c, contactId.getAsLong()));
            name = contact.map(found -> "\"" + found.name() + "\"").orElse(name);
        }
        return "the introduction with " + name + " failed: " + failure.reason() + " (pli contacts shows it)";
    }

    /** Whether some introduction waits for a message (an invitation out, an answer awaited). */
    public boolean awaitingMessages() throws PliException {
        for (IntroductionSummary summary : introductions.list()) {
            if (summary.state() == IntroductionState.INVITED || summary.state() == IntroductionState.ACCEPTED) {
                return true;
            }
        }
        return false;
    }

    /** See {@link Introductions#changeMark()}. */
    public String changeMark() throws PliException {
        return introductions.changeMark();
    }

    /**
     * The contacts whose introduction still has a message to send: their session envelopes
     * wait, so that the contact receives the introduction's last message first.
     */
    public Set<Long> contactsAwaitingIntroductionMessages() throws PliException {
        Set<Long> contactIds = new HashSet<>();
        List<OutgoingIntroductionMessage> pending = introductions.pendingOutbox();
        if (pending.isEmpty()) {
            return contactIds;
        }
        Map<Long, IntroductionSummary> byId = summaries();
        for (OutgoingIntroductionMessage message : pending) {
            IntroductionSummary summary = byId.get(message.introductionId());
            if (summary != null && summary.contactId().isPresent()) {
                contactIds.add(summary.contactId().getAsLong());
            }
        }
        return contactIds;
    }

    /**
     * Sends every queued message (the step accept runs at once, best effort): an invitee's
     * M1 to a LAN endpoint over the direct channel, the rest deposited at relays. An
     * inviter's M2 of a LAN introduction stays for the endpoint's server, which answers with it.
     *
     * <p>A message with no way to go now (its LAN row is gone: another process just finished
     * the exchange, or the row outlived its use) is never dropped here: it waits, and if it is
     * still queued at its deadline the introduction fails visibly ({@link Introductions#expireOld}).
     */
    void flush(RelayLinks links, SyncTally tally) throws PliException {
        // The outbox is read before the rows: a row is created with (or before) its message and
        // removed only after it, so a message seen here that needs a row finds it below.
        List<OutgoingIntroductionMessage> pending = introductions.pendingOutbox();
        Set<Long> overLan = new HashSet<>();
        for (LanIntroduction row : lanIntroductions.all()) {
            overLan.add(row.introductionId());
        }
        for (OutgoingIntroductionMessage message : pending) {
            if (overLan.contains(message.introductionId())) {
                if (message.route() instanceof LanRoute endpoint) {
                    exchangeOverLan(message, endpoint, tally);
                }
                continue;
            }
            if (!(message.route() instanceof RelayRoute route)) {
                continue;
            }
            if (!links.reachable(route.relayAddress())) {
                continue;
            }
            try {
                links.deposit(route.relayAddress(), DepositId.of(route.depositId()),
                        PayloadBlocks.of(message.payload()));
                introductions.markSent(message.id());
                tally.sent();
            } catch (RelayUnreachableException e) {
                // Named once in the report by the links; the message stays queued.
            } catch (RelayAddressException e) {
                undeliverable(message, tally);
            } catch (RelayException e) {
                if (e.code().equals(Optional.of(RelayErrorCode.UNKNOWN_MAILBOX))) {
                    undeliverable(message, tally);
                } else {
                    tally.problem("relay " + RelayLinks.hostAndPort(route.relayAddress()) + " refused an introduction"
                            + " message (" + e.getMessage() + "); it is sent again at the next sync");
                }
            }
        }
    }

    /** The invitee's M1 over the LAN; a failure leaves it queued for the next sync. */
    private void exchangeOverLan(OutgoingIntroductionMessage m1, LanRoute endpoint, SyncTally tally)
            throws PliException {
        try {
            ReceiveResult result = lanExchange.exchange(m1, endpoint);
            tally.sent();
            tally.received();
            tally.advanced(result.duplicate() ? 0 : 1);
        } catch (LinkException e) {
            tally.problem("the inviter's LAN endpoint " + endpoint.host() + ":" + endpoint.port() + " did not answer ("
                    + e.getMessage() + "); tried again at the next sync until the invitation expires");
        } catch (IntroductionException e) {
            tally.problem("the inviter's LAN answer was refused: " + e.getMessage());
        }
    }

    private void receive(RelayLinks links, SyncTally tally) throws PliException {
        Map<Long, IntroductionSummary> introductionsById = summaries();
        for (OwnedMailbox mailbox : mailboxes.all()) {
            IntroductionSummary summary = mailbox.introductionId().isPresent()
                    ? introductionsById.get(mailbox.introductionId().getAsLong()) : null;
            if (summary == null || !listening(mailbox.purpose(), summary) || !links.reachable(mailbox.relayAddress())) {
                continue;
            }
            try {
                drain(links, mailbox, summary.id(), tally);
            } catch (RelayUnreachableException e) {
                // Named once in the report by the links.
            } catch (RelayException e) {
                tally.problem("relay " + RelayLinks.hostAndPort(mailbox.relayAddress())
                        + " did not hand over a mailbox's blocks: " + e.getMessage());
            }
        }
    }

    /** Whether a mailbox can still receive an introduction message: M1 for an inviter, M2 for an invitee. */
    private static boolean listening(MailboxPurpose purpose, IntroductionSummary summary) {
        return switch (purpose) {
            case INTRODUCTION -> summary.role() == IntroductionRole.INVITER
                    && summary.state() == IntroductionState.INVITED;
            // Later blocks in a contact inbox belong to the session with the contact, not to the introduction.
            case CONTACT_INBOX -> summary.role() == IntroductionRole.INVITEE
                    && summary.state() == IntroductionState.ACCEPTED;
            case RENDEZVOUS, INTRODUCER_RENDEZVOUS -> false;
        };
    }

    /**
     * Hands the mailbox's blocks to the introduction. In a contact inbox it stops at the
     * block that advanced it (M2): the blocks after that belong to the session, so they stay
     * at the relay, unacknowledged, for the session layer. A one-time introduction mailbox is
     * drained whole, so that a second answer to a used invitation is refused and reported.
     */
    private void drain(RelayLinks links, OwnedMailbox mailbox, long introductionId, SyncTally tally)
            throws PliException {
        for (int round = 0; round < MAX_FETCH_ROUNDS; round++) {
            List<RelayBlock> blocks = links.fetch(mailbox.relayAddress(), mailbox.credentials());
            if (blocks.isEmpty()) {
                return;
            }
            List<BlockId> handled = new ArrayList<>();
            boolean sessionFollows = false;
            for (RelayBlock block : blocks) {
                sessionFollows = deliver(introductionId, block, tally)
                        && mailbox.purpose() == MailboxPurpose.CONTACT_INBOX;
                handled.add(block.id());
                if (sessionFollows) {
                    break;
                }
            }
            // Each receive committed its own transaction above: only now may the relay forget the blocks.
            links.ack(mailbox.relayAddress(), mailbox.credentials(), handled);
            if (sessionFollows) {
                return;
            }
        }
    }

    /** Hands one block to the introduction; whether it advanced it. */
    private boolean deliver(long introductionId, RelayBlock block, SyncTally tally) throws PliException {
        tally.received();
        try {
            ReceiveResult result = introductions.receive(introductionId, block.block().bytes());
            tally.advanced(result.duplicate() ? 0 : 1);
            return !result.duplicate();
        } catch (IntroductionException e) {
            // A forged, late or repeated message: refused for good, so it is acknowledged like the others.
            tally.problem("an introduction message was refused: " + e.getMessage());
            return false;
        }
    }

    /**
     * The message's mailbox no longer exists, so it can never be delivered: the introduction
     * fails at once (its contact shows why). For an invitee's M1 the invitation was used by
     * someone else or withdrawn; for an inviter's M2 the invitee gave up and deleted its inbox.
     */
    private void undeliverable(OutgoingIntroductionMessage message, SyncTally tally) throws PliException {
        IntroductionSummary summary = introductions.status(message.introductionId());
        IntroductionFailure failure = summary.role() == IntroductionRole.INVITEE
                ? IntroductionFailure.INVITATION_USED : IntroductionFailure.REPLY_UNDELIVERED;
        if (introductions.fail(message.introductionId(), failure)) {
            tally.undeliverable(message.introductionId());
            tally.advanced(1);
            tally.problem(failureLine(summary.contactId(), failure));
        } else {
            introductions.markSent(message.id());
        }
    }

    /**
     * Forgets an introduction that failed while the user still waits for the command that
     * started it: its contact and (with it) the introduction go; its mailboxes are deleted
     * by the next clean-up. The command reports the failure itself, so nothing is left behind.
     */
    public void forget(long contactId) throws PliException {
        database.write(c -> contacts.delete(c, contactId));
    }

    /**
     * Deletes at the relay (and then locally) every mailbox that served its purpose, and
     * forgets the LAN introductions kept long enough (with their secrets).
     */
    void cleanUp(RelayLinks links, SyncTally tally) throws PliException {
        lanIntroductions.deleteExpired(clock.instant());
        Map<Long, IntroductionSummary> introductionsById = summaries();
        MailboxRemoval.removeObsolete(links, mailboxes, mailbox -> obsolete(mailbox, introductionsById), tally);
    }

    /** Whether a mailbox served its purpose (or never got one) and should go from the relay. */
    private boolean obsolete(OwnedMailbox mailbox, Map<Long, IntroductionSummary> introductionsById) {
        if (!mailbox.linked()) {
            return mailbox.created().plus(PREPARED_GRACE).isBefore(clock.instant());
        }
        if (mailbox.orphaned()) {
            return true;
        }
        if (mailbox.servesOffer()) {
            return false; // the offers' own clean-up decides
        }
        IntroductionSummary summary = introductionsById.get(mailbox.introductionId().getAsLong());
        if (summary == null) {
            return true;
        }
        return switch (mailbox.purpose()) {
            case INTRODUCTION -> summary.state() != IntroductionState.INVITED;
            case CONTACT_INBOX -> summary.state() == IntroductionState.EXPIRED
                    || summary.state() == IntroductionState.ABORTED || summary.state() == IntroductionState.FAILED;
            case RENDEZVOUS, INTRODUCER_RENDEZVOUS -> false;
        };
    }

    private Map<Long, IntroductionSummary> summaries() throws PliException {
        Map<Long, IntroductionSummary> byId = new HashMap<>();
        for (IntroductionSummary summary : introductions.list()) {
            byId.put(summary.id(), summary);
        }
        return byId;
    }
}
