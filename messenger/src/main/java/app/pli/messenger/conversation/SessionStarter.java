package app.pli.messenger.conversation;

import app.pli.core.db.Database;
import app.pli.core.error.PliException;
import app.pli.identity.intro.IntroductionOutcome;
import app.pli.identity.intro.IntroductionState;
import app.pli.identity.intro.IntroductionSummary;
import app.pli.identity.intro.Introductions;
import app.pli.identity.keys.IdentityPublicKeys;
import app.pli.identity.offer.OfferState;
import app.pli.identity.offer.OfferSummary;
import app.pli.identity.offer.Offers;
import app.pli.identity.profile.ProfileStore;
import app.pli.messenger.envelope.RelationshipKeys;
import app.pli.messenger.mailbox.MailboxPurpose;
import app.pli.messenger.mailbox.MailboxStore;
import app.pli.messenger.mailbox.OwnedMailbox;
import app.pli.messenger.session.RatchetSession;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Turns every agreed introduction, in person or by a contact (an offer), into a session:
 * in one transaction it derives the relationship keys and the ratchet from the outcome,
 * stores them with the contact's inbox mailbox (to be locked), and drops the outcome, so
 * the root key does not outlive its use. Idempotent: a contact that has a session is left
 * alone.
 */
public final class SessionStarter {
    private static final Set<IntroductionState> AGREED =
            EnumSet.of(IntroductionState.AWAITING_CODE, IntroductionState.VERIFIED, IntroductionState.UNVERIFIED);

    private final Database database;
    private final Introductions introductions;
    private final Offers offers;
    private final ProfileStore profiles;
    private final MailboxStore mailboxes;
    private final SessionStore sessions;

    public SessionStarter(Database database, Introductions introductions, Offers offers, ProfileStore profiles,
            MailboxStore mailboxes, SessionStore sessions) {
        this.database = Objects.requireNonNull(database, "database");
        this.introductions = Objects.requireNonNull(introductions, "introductions");
        this.offers = Objects.requireNonNull(offers, "offers");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.mailboxes = Objects.requireNonNull(mailboxes, "mailboxes");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    /** Starts the sessions that are due; how many it started. */
    public int startDue() throws PliException {
        Map<Long, Long> inboxByIntroduction = new HashMap<>();
        Map<Long, Long> inboxByOffer = new HashMap<>();
        boolean inboxesRead = false;
        IdentityPublicKeys me = null;
        int started = 0;
        for (IntroductionSummary summary : introductions.list()) {
            if (!AGREED.contains(summary.state()) || summary.contactId().isEmpty()) {
                continue;
            }
            if (!inboxesRead) {
                contactInboxes(inboxByIntroduction, inboxByOffer);
                inboxesRead = true;
                me = profiles.load().keys().publicKeys();
            }
            started += start(summary.contactId().getAsLong(), me, inboxByIntroduction.get(summary.id()),
                    introductions::outcome, introductions::forgetOutcome) ? 1 : 0;
        }
        for (OfferSummary offer : offers.list()) {
            if (offer.state() != OfferState.AGREED || offer.contactId().isEmpty()) {
                continue;
            }
            if (!inboxesRead) {
                contactInboxes(inboxByIntroduction, inboxByOffer);
                inboxesRead = true;
                me = profiles.load().keys().publicKeys();
            }
            started += start(offer.contactId().getAsLong(), me, inboxByOffer.get(offer.rowId()), offers::outcome,
                    offers::forgetOutcome) ? 1 : 0;
        }
        return started;
    }

    /** Reads a contact's outcome in the caller's transaction. */
    @FunctionalInterface
    private interface OutcomeReader {
        Optional<IntroductionOutcome> read(Connection c, long contactId) throws SQLException, PliException;
    }

    /** Drops a contact's outcome in the caller's transaction. */
    @FunctionalInterface
    private interface OutcomeEraser {
        void forget(Connection c, long contactId) throws SQLException, PliException;
    }

    private boolean start(long contactId, IdentityPublicKeys me, Long inbox, OutcomeReader outcomes,
            OutcomeEraser eraser) throws PliException {
        return database.write(c -> {
            if (sessions.find(c, contactId).isPresent()) {
                return false;
            }
            Optional<IntroductionOutcome> found = outcomes.read(c, contactId);
            if (found.isEmpty()) {
                return false;
            }
            IntroductionOutcome outcome = found.get();
            RelationshipKeys keys = RelationshipKeys.derive(outcome.rootKey(), outcome.role(), me,
                    outcome.contactKeys());
            RatchetSession ratchet = outcome.inviterEphemeralPair().isPresent()
                    ? RatchetSession.forKeyHolder(outcome.rootKey(), outcome.inviterEphemeralPair().get())
                    : RatchetSession.forKeyReceiver(outcome.rootKey(), outcome.inviterEphemeralKey());
            sessions.insert(c, new SessionRecord(contactId, inbox == null ? OptionalLong.empty()
                    : OptionalLong.of(inbox), InboxLock.TO_LOCK, keys, ratchet, SendCounters.START));
            eraser.forget(c, contactId);
            return true;
        });
    }

    /** Each contact inbox, by the introduction or the offer it serves. */
    private void contactInboxes(Map<Long, Long> byIntroduction, Map<Long, Long> byOffer) throws PliException {
        for (OwnedMailbox mailbox : mailboxes.all()) {
            if (mailbox.purpose() != MailboxPurpose.CONTACT_INBOX) {
                continue;
            }
            mailbox.introductionId().ifPresent(id -> byIntroduction.put(id, mailbox.id()));
            mailbox.offerId().ifPresent(id -> byOffer.put(id, mailbox.id()));
        }
    }
}
