package app.pli.messenger.conversation;

import app.pli.core.db.Database;
import app.pli.core.error.PliException;
import app.pli.identity.intro.IntroductionOutcome;
import app.pli.identity.intro.IntroductionState;
import app.pli.identity.intro.IntroductionSummary;
import app.pli.identity.intro.Introductions;
import app.pli.identity.keys.IdentityPublicKeys;
import app.pli.identity.profile.ProfileStore;
import app.pli.messenger.envelope.RelationshipKeys;
import app.pli.messenger.mailbox.MailboxPurpose;
import app.pli.messenger.mailbox.MailboxStore;
import app.pli.messenger.mailbox.OwnedMailbox;
import app.pli.messenger.session.RatchetSession;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Turns every agreed introduction into a session: in one transaction it derives the
 * relationship keys and the ratchet from the introduction's outcome, stores them with the
 * contact's inbox mailbox (to be locked), and drops the outcome, so the root key does not
 * outlive its use. Idempotent: a contact that has a session is left alone.
 */
public final class SessionStarter {
    private static final Set<IntroductionState> AGREED =
            EnumSet.of(IntroductionState.AWAITING_CODE, IntroductionState.VERIFIED, IntroductionState.UNVERIFIED);

    private final Database database;
    private final Introductions introductions;
    private final ProfileStore profiles;
    private final MailboxStore mailboxes;
    private final SessionStore sessions;

    public SessionStarter(Database database, Introductions introductions, ProfileStore profiles,
            MailboxStore mailboxes, SessionStore sessions) {
        this.database = Objects.requireNonNull(database, "database");
        this.introductions = Objects.requireNonNull(introductions, "introductions");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.mailboxes = Objects.requireNonNull(mailboxes, "mailboxes");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    /** Starts the sessions that are due; how many it started. */
    public int startDue() throws PliException {
        Map<Long, Long> inboxByIntroduction = null;
        IdentityPublicKeys me = null;
        int started = 0;
        for (IntroductionSummary summary : introductions.list()) {
            if (!AGREED.contains(summary.state()) || summary.contactId().isEmpty()) {
                continue;
            }
            if (inboxByIntroduction == null) {
                inboxByIntroduction = contactInboxes();
                me = profiles.load().keys().publicKeys();
            }
            Long inbox = inboxByIntroduction.get(summary.id());
            if (start(summary.contactId().getAsLong(), me,
                    inbox == null ? OptionalLong.empty() : OptionalLong.of(inbox))) {
                started++;
            }
        }
        return started;
    }

    private boolean start(long contactId, IdentityPublicKeys me, OptionalLong inbox) throws PliException {
        return database.write(c -> {
            if (sessions.find(c, contactId).isPresent()) {
                return false;
            }
            java.util.Optional<IntroductionOutcome> found = introductions.outcome(c, contactId);
            if (found.isEmpty()) {
                return false;
            }
            IntroductionOutcome outcome = found.get();
            RelationshipKeys keys = RelationshipKeys.derive(outcome.rootKey(), outcome.role(), me,
                    outcome.contactKeys());
            RatchetSession ratchet = outcome.inviterEphemeralPair().isPresent()
                    ? RatchetSession.forKeyHolder(outcome.rootKey(), outcome.inviterEphemeralPair().get())
                    : RatchetSession.forKeyReceiver(outcome.rootKey(), outcome.inviterEphemeralKey());
            sessions.insert(c, new SessionRecord(contactId, inbox, InboxLock.TO_LOCK, keys, ratchet,
                    SendCounters.START));
            introductions.forgetOutcome(c, contactId);
            return true;
        });
    }

    private Map<Long, Long> contactInboxes() throws PliException {
        Map<Long, Long> byIntroduction = new HashMap<>();
        for (OwnedMailbox mailbox : mailboxes.all()) {
            if (mailbox.purpose() == MailboxPurpose.CONTACT_INBOX && mailbox.introductionId().isPresent()) {
                byIntroduction.put(mailbox.introductionId().getAsLong(), mailbox.id());
            }
        }
        return byIntroduction;
    }
}
