package app.pli.messenger.intro;

import app.pli.core.error.PliException;
import app.pli.identity.intro.AcceptedInvitation;
import app.pli.identity.intro.CreatedInvitation;
import app.pli.identity.intro.IntroductionConstants;
import app.pli.identity.intro.IntroductionException;
import app.pli.identity.intro.Introductions;
import app.pli.identity.intro.InvitationUsedException;
import app.pli.identity.invite.Invitation;
import app.pli.identity.invite.InvitationCodec;
import app.pli.identity.profile.Profile;
import app.pli.identity.profile.ProfileStore;
import app.pli.identity.route.RelayRoute;
import app.pli.messenger.delivery.RelayLinks;
import app.pli.messenger.delivery.RelayUnreachableException;
import app.pli.messenger.mailbox.MailboxPurpose;
import app.pli.messenger.mailbox.MailboxStore;
import app.pli.transport.relay.client.MailboxCredentials;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Starting an introduction over relays.
 *
 * <p>Inviting creates two mailboxes on the home relay (the one-time introduction mailbox
 * and this side's inbox for the future contact), then the invitation. Accepting creates
 * this side's inbox (on the home relay, or on the inviter's relay for a profile without
 * one), then accepts, then tries to send M1 at once. Each mailbox is stored as soon as the
 * relay created it and linked to its introduction once that exists, so a crash in between
 * leaves a mailbox that sync deletes; a refused step deletes its mailboxes at once.
 */
public final class InvitationFlow {
    private final ProfileStore profiles;
    private final Introductions introductions;
    private final MailboxStore mailboxes;
    private final IntroductionSync sync;
    private final Clock clock;
    private final Duration relayTimeout;

    public InvitationFlow(ProfileStore profiles, Introductions introductions, MailboxStore mailboxes,
            IntroductionSync sync, Clock clock, Duration relayTimeout) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.introductions = Objects.requireNonNull(introductions, "introductions");
        this.mailboxes = Objects.requireNonNull(mailboxes, "mailboxes");
        this.sync = Objects.requireNonNull(sync, "sync");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.relayTimeout = Objects.requireNonNull(relayTimeout, "relayTimeout");
    }

    /** Creates a one-time invitation with its mailboxes on the home relay. */
    public CreatedInvitation invite(Duration ttl) throws PliException {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(IntroductionConstants.MAX_TTL) > 0) {
            throw new IntroductionException("an invitation must live more than zero and at most "
                    + IntroductionConstants.MAX_TTL.toDays() + " days");
        }
        String relay = profiles.load().homeRelay().orElseThrow(
                () -> new PliException("no home relay: set one with pli relay use ADDRESS"));
        List<PreparedMailbox> prepared = new ArrayList<>();
        try (RelayLinks links = new RelayLinks(relayTimeout)) {
            try {
                PreparedMailbox intro = prepare(links, relay, MailboxPurpose.INTRODUCTION, prepared);
                PreparedMailbox inbox = prepare(links, relay, MailboxPurpose.CONTACT_INBOX, prepared);
                CreatedInvitation created = introductions.invite(intro.route(), inbox.route(), ttl);
                mailboxes.link(ids(prepared), created.introductionId());
                return created;
            } catch (PliException | RuntimeException e) {
                discard(links, prepared, e);
                throw e;
            }
        }
    }

    /**
     * Accepts an invitation given as its text code, then tries once to send M1.
     *
     * @throws InvitationUsedException if this profile accepted it before, or the inviter's
     *     introduction mailbox is gone (someone else used it, or it was withdrawn)
     */
    public AcceptedInvitation accept(String code, Optional<String> contactName) throws PliException {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(contactName, "contactName");
        Invitation invitation = InvitationCodec.decode(code.strip());
        refuseBeforeAnyChange(invitation, contactName);
        if (!(invitation.introRoute() instanceof RelayRoute introRoute)) {
            throw new IntroductionException("this invitation names a LAN endpoint; this build reaches contacts"
                    + " through relays only");
        }
        Profile me = profiles.load();
        String relay = me.homeRelay().orElse(introRoute.relayAddress());
        List<PreparedMailbox> prepared = new ArrayList<>();
        try (RelayLinks links = new RelayLinks(relayTimeout)) {
            AcceptedInvitation accepted;
            try {
                PreparedMailbox inbox = prepare(links, relay, MailboxPurpose.CONTACT_INBOX, prepared);
                accepted = introductions.accept(invitation, inbox.route(), me.displayName(), contactName);
                mailboxes.link(ids(prepared), accepted.introductionId());
            } catch (PliException | RuntimeException e) {
                discard(links, prepared, e);
                throw e;
            }
            SyncTally tally = new SyncTally();
            sync.flush(links, tally);
            if (tally.wasUndeliverable(accepted.introductionId())) {
                sync.cleanUp(links, tally);
                throw new InvitationUsedException("this invitation was already used or withdrawn by the person who"
                        + " made it; ask for a new one");
            }
            return accepted;
        }
    }

    /** The refusals that need no relay, so that a bad invitation creates no mailbox and changes nothing. */
    private void refuseBeforeAnyChange(Invitation invitation, Optional<String> contactName) throws PliException {
        introductions.checkAcceptable(invitation, contactName);
    }

    private PreparedMailbox prepare(RelayLinks links, String relay, MailboxPurpose purpose,
            List<PreparedMailbox> prepared) throws PliException {
        MailboxCredentials credentials;
        try {
            credentials = links.createMailbox(relay);
        } catch (RelayUnreachableException e) {
            throw new RelayUnreachableException("cannot create a mailbox now: " + e.getMessage());
        }
        // Listed before it is stored, so that a failing insert still deletes it at the relay.
        prepared.add(new PreparedMailbox(0, relay, credentials));
        PreparedMailbox stored = new PreparedMailbox(
                mailboxes.insertPrepared(purpose, relay, credentials, clock.instant()), relay, credentials);
        prepared.set(prepared.size() - 1, stored);
        return stored;
    }

    /** Best effort: deletes at the relay and locally the mailboxes of a refused step; sync retries what fails. */
    private void discard(RelayLinks links, List<PreparedMailbox> prepared, Exception failure) {
        for (PreparedMailbox mailbox : prepared) {
            try {
                links.delete(mailbox.relay(), mailbox.credentials());
                if (mailbox.id() != 0) {
                    mailboxes.delete(mailbox.id());
                }
            } catch (PliException e) {
                failure.addSuppressed(e);
            }
        }
    }

    private static List<Long> ids(List<PreparedMailbox> prepared) {
        List<Long> ids = new ArrayList<>();
        for (PreparedMailbox mailbox : prepared) {
            ids.add(mailbox.id());
        }
        return ids;
    }

    /** A mailbox the relay created for a step in progress; id 0 until it is stored. */
    private record PreparedMailbox(long id, String relay, MailboxCredentials credentials) {
        RelayRoute route() {
            return new RelayRoute(relay, credentials.depositId().bytes());
        }
    }
}
