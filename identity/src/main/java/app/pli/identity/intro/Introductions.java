package app.pli.identity.intro;

import app.pli.core.crypto.ConstantTime;
import app.pli.core.crypto.CryptoException;
import app.pli.core.crypto.Ed25519PublicKey;
import app.pli.core.crypto.SymmetricKey;
import app.pli.core.crypto.X25519KeyPair;
import app.pli.core.crypto.X25519PrivateKey;
import app.pli.core.crypto.X25519PublicKey;
import app.pli.core.db.ChangeMarks;
import app.pli.core.db.Database;
import app.pli.core.db.DatabaseException;
import app.pli.core.db.SchemaOwner;
import app.pli.core.error.PliException;
import app.pli.core.vault.ColumnCipher;
import app.pli.identity.contact.ContactNames;
import app.pli.identity.contact.ContactSchema;
import app.pli.identity.contact.ContactStore;
import app.pli.identity.contact.MalformedRouteException;
import app.pli.identity.contact.RouteBytes;
import app.pli.identity.invite.Invitation;
import app.pli.identity.keys.IdentityPublicKeys;
import app.pli.identity.profile.Profile;
import app.pli.identity.profile.ProfileSchema;
import app.pli.identity.profile.ProfileStore;
import app.pli.identity.route.DiscoveryRoute;
import app.pli.identity.route.Route;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The in-person introduction, for both roles, over one profile's store. Transport-agnostic:
 * the messenger creates mailboxes and passes their routes in, delivers what arrives to
 * {@link #receive}, and sends what {@link #pendingOutbox} lists.
 *
 * <p>Every method runs one transaction (receive runs an expiry check first): its state
 * change, its contact change and its outgoing message commit together or not at all. A
 * refused step or message throws a specific {@link IntroductionException} (or a contact
 * or profile error) and changes nothing. Thread-safe.
 */
public final class Introductions {
    private static final Pattern CODE = Pattern.compile("[0-9]{" + IntroductionConstants.CODE_DIGITS + "}");

    private final Database database;
    private final Clock clock;
    private final IntroductionStore store;
    private final IntroductionOutbox outbox;
    private final InviterSteps inviter;
    private final InviteeSteps invitee;
    private final CodeComparison comparison;
    private final IntroductionExpiry expiry;

    public Introductions(Database database, ColumnCipher cipher, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        ProfileStore profiles = new ProfileStore(database, cipher);
        ContactStore contacts = new ContactStore(database, cipher);
        this.store = new IntroductionStore(cipher);
        this.outbox = new IntroductionOutbox(cipher);
        this.inviter = new InviterSteps(profiles, contacts, store, outbox);
        this.invitee = new InviteeSteps(profiles, contacts, store, outbox);
        this.comparison = new CodeComparison(contacts, store, outbox);
        this.expiry = new IntroductionExpiry(contacts, store, outbox);
    }

    /** The schema owners identity needs, in order: profile, contact, introduction. */
    public static List<SchemaOwner> schemaOwners() {
        return List.of(new ProfileSchema(), new ContactSchema(), new IntroductionSchema());
    }

    /**
     * Creates a one-time invitation (state INVITED). No contact exists until M1 arrives.
     *
     * @param introRoute the one-time mailbox the invitee will send M1 to
     * @param myInbox this side's inbox for the future contact (R_A, sent in M2)
     * @param ttl how long the invitation lives: more than zero, at most
     *     {@link IntroductionConstants#MAX_TTL}; expiry is kept to the second
     */
    public CreatedInvitation invite(Route introRoute, Route myInbox, Duration ttl) throws PliException {
        return invite(introRoute, myInbox, ttl, IntroductionAttachment.NONE);
    }

    /**
     * As {@link #invite(Route, Route, Duration)}, running {@code attachment} in the same
     * transaction, so the invitation exists only together with what the caller attached.
     */
    public CreatedInvitation invite(Route introRoute, Route myInbox, Duration ttl, IntroductionAttachment attachment)
            throws PliException {
        Objects.requireNonNull(attachment, "attachment");
        Objects.requireNonNull(introRoute, "introRoute");
        Objects.requireNonNull(myInbox, "myInbox");
        if (introRoute instanceof DiscoveryRoute) {
            throw new IllegalArgumentException("an invitation names a relay mailbox or a LAN endpoint");
        }
        if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(IntroductionConstants.MAX_TTL) > 0) {
            throw new IntroductionException("an invitation must live more than zero and at most "
                    + IntroductionConstants.MAX_TTL.toDays() + " days");
        }
        Instant expires = clock.instant().plus(ttl).truncatedTo(ChronoUnit.SECONDS);
        return database.write(c -> {
            CreatedInvitation created = inviter.invite(c, introRoute, myInbox, expires);
            attachment.attach(c, created.introductionId(), created.invitation());
            return created;
        });
    }

    /**
     * Every refusal {@link #accept} would make that needs no network, checked without
     * writing anything: callers run it before they create mailboxes for the invitation.
     *
     * @throws UnsupportedInvitationException if the invitation's version is unknown
     * @throws InvitationExpiredException if it has expired
     * @throws InvitationUsedException if this profile accepted (or made) it before
     * @throws app.pli.identity.contact.ContactNameTakenException if {@code contactName} is taken
     */
    public void checkAcceptable(Invitation invitation, Optional<String> contactName) throws PliException {
        Objects.requireNonNull(invitation, "invitation");
        if (invitation.version() != Invitation.CURRENT_VERSION) {
            throw new UnsupportedInvitationException("this invitation is of version " + invitation.version()
                    + "; this build speaks version " + Invitation.CURRENT_VERSION);
        }
        if (invitation.expiredAt(clock.instant())) {
            throw new InvitationExpiredException("this invitation expired at " + invitation.expires());
        }
        if (contactName.isPresent()) {
            ContactNames.requireValid(contactName.get());
        }
        database.read(c -> {
            invitee.refuseBeforeAccept(c, invitation.commitment(), contactName);
            return null;
        });
    }

    /**
     * Accepts an invitation (state ACCEPTED): creates a pending contact and queues M1.
     *
     * @param myInbox this side's inbox for the new contact (R_B, sent in M1)
     * @param myName the name to share with the inviter (a plain name, may be empty)
     * @param contactName the contact's name chosen by the user; without it the contact is
     *     named after the inviter's shared name when M2 arrives
     * @throws UnsupportedInvitationException if the invitation's version is unknown
     * @throws InvitationExpiredException if it has expired
     * @throws InvitationUsedException if this profile accepted (or made) it before
     */
    public AcceptedInvitation accept(Invitation invitation, Route myInbox, String myName,
            Optional<String> contactName) throws PliException {
        return accept(invitation, myInbox, myName, contactName, IntroductionAttachment.NONE);
    }

    /**
     * As {@link #accept(Invitation, Route, String, Optional)}, running {@code attachment} in
     * the same transaction, so the introduction exists only together with what the caller attached.
     */
    public AcceptedInvitation accept(Invitation invitation, Route myInbox, String myName,
            Optional<String> contactName, IntroductionAttachment attachment) throws PliException {
        Objects.requireNonNull(myInbox, "myInbox");
        Objects.requireNonNull(attachment, "attachment");
        Profile.checkDisplayName(myName);
        checkAcceptable(invitation, contactName);
        return database.write(c -> {
            AcceptedInvitation accepted = invitee.accept(c, invitation, myInbox, myName, contactName);
            attachment.attach(c, accepted.introductionId(), invitation);
            return accepted;
        });
    }

    /**
     * Delivers a payload that arrived for introduction {@code introductionId}: M1 for an
     * inviter, M2 for an invitee. The same payload delivered again changes nothing and
     * reports a duplicate.
     *
     * @throws RejectedMessageException if the payload is forged, altered or malformed
     * @throws InvitationExpiredException if the invitation expired before M1 came
     * @throws InvitationUsedException if a different M1 already used the invitation
     * @throws IntroductionNotFoundException if there is no such introduction
     * @throws IntroductionStateException if the introduction is over
     */
    public ReceiveResult receive(long introductionId, byte[] payload) throws PliException {
        Objects.requireNonNull(payload, "payload");
        Instant now = clock.instant();
        database.write(c -> expiry.expireIfDue(c, load(c, introductionId), now));
        return database.write(c -> {
            StoredIntroduction row = load(c, introductionId);
            IntroductionRecord record = row.record();
            if (record.role() == IntroductionRole.INVITER
                    && IntroductionStep.RECEIVE_M1.allowedIn(record.role(), record.state())) {
                return inviter.receiveM1(c, row, payload);
            }
            if (record.role() == IntroductionRole.INVITEE
                    && IntroductionStep.RECEIVE_M2.allowedIn(record.role(), record.state())) {
                return invitee.receiveM2(c, row, payload);
            }
            return repeated(row, payload);
        });
    }

    /**
     * The user typed the code the contact named {@code contactName} shows.
     *
     * @throws InvalidCodeException if {@code typedCode} is not four digits (no attempt used)
     * @throws IntroductionStateException if the contact's codes cannot be compared now
     */
    public VerifyResult verify(String contactName, String typedCode) throws PliException {
        Objects.requireNonNull(contactName, "contactName");
        if (typedCode == null || !CODE.matcher(typedCode).matches()) {
            throw new InvalidCodeException("a code is " + IntroductionConstants.CODE_DIGITS + " digits");
        }
        return database.write(c -> comparison.compare(c, contactName, typedCode));
    }

    /** The messages waiting to be sent. */
    public List<OutgoingIntroductionMessage> pendingOutbox() throws PliException {
        return database.read(outbox::pending);
    }

    /** Forgets a message once it is durably deposited; an unknown id is ignored. */
    public void markSent(long outboxId) throws PliException {
        database.write(c -> {
            outbox.delete(c, outboxId);
            return null;
        });
    }

    /**
     * Ends introduction {@code introductionId} FAILED for {@code failure} (its contact stays,
     * shown failed), if a FAIL step is allowed in its state; whether it did.
     */
    public boolean fail(long introductionId, IntroductionFailure failure) throws PliException {
        Objects.requireNonNull(failure, "failure");
        return database.write(c -> {
            StoredIntroduction row = load(c, introductionId);
            if (!IntroductionStep.FAIL.allowedIn(row.record().role(), row.record().state())) {
                return false;
            }
            expiry.fail(c, row, failure);
            return true;
        });
    }

    /** Expires (or fails) every introduction whose deadline has come at {@code now}; how many. */
    public int expireOld(Instant now) throws PliException {
        return endOverdue(now).size();
    }

    /**
     * Expires (or fails) every introduction whose deadline has come at {@code now}, in one
     * transaction; where each of them stands now (EXPIRED or FAILED, with the reason).
     */
    public List<IntroductionSummary> endOverdue(Instant now) throws PliException {
        Objects.requireNonNull(now, "now");
        return database.write(c -> {
            List<Long> ended = new ArrayList<>();
            for (StoredIntroduction row : store.all(c)) {
                if (expiry.expireIfDue(c, row, now)) {
                    ended.add(row.id());
                }
            }
            List<IntroductionSummary> summaries = new ArrayList<>();
            for (long id : ended) {
                summaries.add(summary(load(c, id)));
            }
            return summaries;
        });
    }

    /** Where every introduction stands. */
    public List<IntroductionSummary> list() throws PliException {
        return database.read(c -> {
            List<IntroductionSummary> summaries = new ArrayList<>();
            for (StoredIntroduction row : store.all(c)) {
                summaries.add(summary(row));
            }
            return summaries;
        });
    }

    /**
     * A value that changes whenever any introduction is created, changes state or is
     * removed, or its outbox changes, in this process or another: every change re-seals the
     * record under a fresh nonce. Cheap (nothing is decrypted); for a loop that polls.
     */
    public String changeMark() throws PliException {
        return database.read(c -> ChangeMarks.read(c, List.of("introduction_outbox"), List.of("introduction")));
    }

    /** Where introduction {@code introductionId} stands. */
    public IntroductionSummary status(long introductionId) throws PliException {
        return database.read(c -> summary(load(c, introductionId)));
    }

    /** The key agreement's outcome for the contact {@code contactId}, if it is (still) kept. */
    public Optional<IntroductionOutcome> outcome(long contactId) throws PliException {
        return database.read(c -> outcome(c, contactId));
    }

    /** As {@link #outcome(long)}, in the caller's transaction. */
    public Optional<IntroductionOutcome> outcome(Connection c, long contactId) throws SQLException, PliException {
        Optional<StoredIntroduction> row = store.findByContact(c, contactId);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Optional<StoredOutcome> stored = store.outcome(c, row.get().id());
        return stored.isEmpty() ? Optional.empty() : Optional.of(toOutcome(contactId, stored.get()));
    }

    /**
     * Drops the outcome for {@code contactId}, in the caller's transaction: the messenger
     * calls it in the transaction that stores the session built from it, so the root key
     * and EK_A do not outlive their use.
     */
    public void forgetOutcome(Connection c, long contactId) throws SQLException, PliException {
        Optional<StoredIntroduction> row = store.findByContact(c, contactId);
        if (row.isPresent()) {
            store.clearOutcome(c, row.get().id());
        }
    }

    private StoredIntroduction load(Connection c, long introductionId) throws SQLException, PliException {
        return store.find(c, introductionId)
                .orElseThrow(() -> new IntroductionNotFoundException("no introduction has that id"));
    }

    /** A message for an introduction past the step that takes it: a duplicate, or refused. */
    private static ReceiveResult repeated(StoredIntroduction row, byte[] payload) throws IntroductionException {
        IntroductionRecord record = row.record();
        if (record.check() != null
                && ConstantTime.equals(record.check().messageHash(), Agreement.messageHash(payload))) {
            return new ReceiveResult(row.id(), row.contactId(), true);
        }
        switch (record.state()) {
            case EXPIRED:
                throw new InvitationExpiredException("the invitation expired at " + record.expires());
            case ABORTED:
                throw new IntroductionStateException("this introduction was aborted after three wrong codes");
            case FAILED:
                throw new IntroductionStateException("this introduction failed: "
                        + (row.failure() == null ? "it can no longer complete" : row.failure().reason()));
            default:
                if (record.role() == IntroductionRole.INVITER) {
                    throw new InvitationUsedException("this invitation was already used; an invitation works once");
                }
                throw new RejectedMessageException(RejectedMessageException.Reason.UNEXPECTED,
                        "the inviter's reply was already received");
        }
    }

    private static IntroductionSummary summary(StoredIntroduction row) {
        IntroductionRecord record = row.record();
        return new IntroductionSummary(row.id(), record.role(), record.state(),
                row.contactId() == null ? OptionalLong.empty() : OptionalLong.of(row.contactId()), record.expires(),
                Optional.ofNullable(row.failure()));
    }

    private static IntroductionOutcome toOutcome(long contactId, StoredOutcome stored) throws DatabaseException {
        try {
            IdentityPublicKeys keys = IdentityPublicKeys.of(Ed25519PublicKey.of(stored.peerSigning()),
                    X25519PublicKey.of(stored.peerAgreement()), stored.peerBinding());
            X25519KeyPair pair = stored.inviterEphemeralPrivate() == null ? null
                    : X25519KeyPair.of(X25519PrivateKey.of(stored.inviterEphemeralPrivate()));
            return new IntroductionOutcome(contactId, stored.role(), keys, RouteBytes.decode(stored.peerRoute()),
                    stored.peerName(), SymmetricKey.of(stored.rootKey()),
                    X25519PublicKey.of(stored.inviterEphemeralPublic()), pair);
        } catch (CryptoException | MalformedRouteException | IllegalArgumentException e) {
            throw new DatabaseException(DatabaseException.Reason.CORRUPT,
                    "a stored introduction outcome cannot be opened: damaged store");
        }
    }
}
