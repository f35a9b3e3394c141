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
import app.pli.identity.route.DiscoveryRoute;
import app.pli.identity.route.LanRoute;
import app.pli.identity.route.RelayRoute;
import app.pli.identity.route.Route;
import app.pli.messenger.delivery.PreparedMailboxes;
import app.pli.messenger.delivery.RelayLinks;
import app.pli.messenger.delivery.RelayUnreachableException;
import app.pli.messenger.delivery.SyncTally;
import app.pli.messenger.intro.lan.LanIntroduction;
import app.pli.messenger.intro.lan.LanIntroductionStore;
import app.pli.messenger.mailbox.MailboxPurpose;
import app.pli.messenger.mailbox.MailboxStore;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Starting an introduction, over relays or over a direct LAN connection.
 *
 * <p>Over relays, inviting creates two mailboxes on the home relay (the one-time
 * introduction mailbox and this side's inbox for the future contact), then the invitation. Accepting creates
 * this side's inbox (on the home relay, or on the inviter's relay for a profile without
 * one), then accepts, then tries to send M1 at once. Each mailbox is stored as soon as the
 * relay created it and linked to its introduction once that exists, so a crash in between
 * leaves a mailbox that sync deletes; a refused step deletes its mailboxes at once.
 *
 * <p>Over the LAN ({@code --lan}), the invitation names an endpoint (this host's address
 * on the chosen interface and a free port) instead of a relay mailbox; the endpoint and the
 * one-time secret are stored for whichever process serves it. Each side's inbox for the
 * contact is then on its home relay if it has one (and it answers), else a
 * {@link DiscoveryRoute}: the contact is found on the LAN.
 */
public final class InvitationFlow {
    private final ProfileStore profiles;
    private final Introductions introductions;
    private final MailboxStore mailboxes;
    private final LanIntroductionStore lanIntroductions;
    private final IntroductionSync sync;
    private final Clock clock;
    private final Duration relayTimeout;

    public InvitationFlow(ProfileStore profiles, Introductions introductions, MailboxStore mailboxes,
            LanIntroductionStore lanIntroductions, IntroductionSync sync, Clock clock, Duration relayTimeout) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.introductions = Objects.requireNonNull(introductions, "introductions");
        this.mailboxes = Objects.requireNonNull(mailboxes, "mailboxes");
        this.lanIntroductions = Objects.requireNonNull(lanIntroductions, "lanIntroductions");
        this.sync = Objects.requireNonNull(sync, "sync");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.relayTimeout = Objects.requireNonNull(relayTimeout, "relayTimeout");
    }

    /** Creates a one-time invitation with its mailboxes on the home relay. */
    public CreatedInvitation invite(Duration ttl) throws PliException {
        checkTtl(ttl);
        String relay = profiles.load().homeRelay().orElseThrow(
                () -> new PliException("no home relay: set one with pli relay use ADDRESS"));
        try (RelayLinks links = new RelayLinks(relayTimeout)) {
            PreparedMailboxes prepared = new PreparedMailboxes(links, mailboxes, clock);
            try {
                PreparedMailboxes.Prepared intro = prepared.create(relay, MailboxPurpose.INTRODUCTION);
                PreparedMailboxes.Prepared inbox = prepared.create(relay, MailboxPurpose.CONTACT_INBOX);
                return introductions.invite(intro.route(), inbox.route(), ttl,
                        (c, introductionId, invitation) -> mailboxes.link(c, prepared.ids(), introductionId));
            } catch (PliException | RuntimeException e) {
                prepared.discard(e);
                throw e;
            }
        }
    }

    /**
     * Creates a one-time invitation whose endpoint is on this host's {@code address}, at a
     * port free now; needs no relay.
     */
    public CreatedInvitation inviteOnLan(Duration ttl, InetAddress address) throws PliException {
        checkTtl(ttl);
        Objects.requireNonNull(address, "address");
        LanRoute endpoint = new LanRoute(address.getHostAddress(), FreePorts.on(address));
        Optional<String> relay = profiles.load().homeRelay();
        try (RelayLinks links = new RelayLinks(relayTimeout)) {
            PreparedMailboxes prepared = new PreparedMailboxes(links, mailboxes, clock);
            try {
                Route inbox = relay.isPresent() ? inboxOrDiscovery(relay.get(), prepared) : DiscoveryRoute.INSTANCE;
                return introductions.invite(endpoint, inbox, ttl, (c, introductionId, invitation) -> {
                    mailboxes.link(c, prepared.ids(), introductionId);
                    lanIntroductions.put(c, new LanIntroduction(introductionId, endpoint.host(), endpoint.port(),
                            Optional.empty(), invitation.secret(), invitation.expires(), Optional.empty()));
                });
            } catch (PliException | RuntimeException e) {
                prepared.discard(e);
                throw e;
            }
        }
    }

    /**
     * Accepts an invitation given as its text code, then tries once to send M1 (over the LAN
     * channel for a LAN code, connecting from {@code lanFrom} if given).
     *
     * @param lanAllowed whether a code naming a LAN endpoint may be accepted
     * @throws InvitationUsedException if this profile accepted it before, or the inviter's
     *     introduction mailbox is gone (someone else used it, or it was withdrawn)
     */
    public AcceptedInvitation accept(String code, Optional<String> contactName, boolean lanAllowed,
            Optional<InetAddress> lanFrom) throws PliException {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(contactName, "contactName");
        Objects.requireNonNull(lanFrom, "lanFrom");
        Invitation invitation = InvitationCodec.decode(code.strip());
        refuseBeforeAnyChange(invitation, contactName);
        if (invitation.introRoute() instanceof LanRoute endpoint) {
            if (!lanAllowed) {
                throw new IntroductionException("this invitation names a LAN endpoint; accept it without --no-lan");
            }
            return acceptOnLan(invitation, endpoint, contactName, lanFrom);
        }
        RelayRoute introRoute = (RelayRoute) invitation.introRoute();
        Profile me = profiles.load();
        String relay = me.homeRelay().orElse(introRoute.relayAddress());
        try (RelayLinks links = new RelayLinks(relayTimeout)) {
            PreparedMailboxes prepared = new PreparedMailboxes(links, mailboxes, clock);
            AcceptedInvitation accepted;
            try {
                PreparedMailboxes.Prepared inbox = prepared.create(relay, MailboxPurpose.CONTACT_INBOX);
                accepted = introductions.accept(invitation, inbox.route(), me.displayName(), contactName,
                        (c, introductionId, used) -> mailboxes.link(c, prepared.ids(), introductionId));
            } catch (PliException | RuntimeException e) {
                prepared.discard(e);
                throw e;
            }
            SyncTally tally = new SyncTally();
            sync.flush(links, tally);
            if (tally.wasUndeliverable(accepted.introductionId())) {
                sync.forget(accepted.contactId());
                sync.cleanUp(links, tally);
                throw new InvitationUsedException("this invitation was already used or withdrawn by the person who"
                        + " made it; ask for a new one");
            }
            return accepted;
        }
    }

    private AcceptedInvitation acceptOnLan(Invitation invitation, LanRoute endpoint, Optional<String> contactName,
            Optional<InetAddress> lanFrom) throws PliException {
        Profile me = profiles.load();
        try (RelayLinks links = new RelayLinks(relayTimeout)) {
            PreparedMailboxes prepared = new PreparedMailboxes(links, mailboxes, clock);
            AcceptedInvitation accepted;
            try {
                Route inbox = me.homeRelay().isPresent()
                        ? inboxOrDiscovery(me.homeRelay().get(), prepared) : DiscoveryRoute.INSTANCE;
                accepted = introductions.accept(invitation, inbox, me.displayName(), contactName,
                        (c, introductionId, used) -> {
                            mailboxes.link(c, prepared.ids(), introductionId);
                            lanIntroductions.put(c, new LanIntroduction(introductionId, endpoint.host(),
                                    endpoint.port(), lanFrom.map(InetAddress::getHostAddress), invitation.secret(),
                                    invitation.expires(), Optional.empty()));
                        });
            } catch (PliException | RuntimeException e) {
                prepared.discard(e);
                throw e;
            }
            // Best effort: the inviter's endpoint may not be served yet; every later sync tries again.
            sync.flush(links, new SyncTally());
            return accepted;
        }
    }

    /**
     * This side's inbox for a LAN introduction: on the home relay, or (the relay does not
     * answer, as on an isolated LAN) a discovery route, so the contact is reached on the LAN.
     */
    private static Route inboxOrDiscovery(String relay, PreparedMailboxes prepared) throws PliException {
        try {
            return prepared.create(relay, MailboxPurpose.CONTACT_INBOX).route();
        } catch (RelayUnreachableException e) {
            return DiscoveryRoute.INSTANCE;
        }
    }

    private static void checkTtl(Duration ttl) throws IntroductionException {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(IntroductionConstants.MAX_TTL) > 0) {
            throw new IntroductionException("an invitation must live more than zero and at most "
                    + IntroductionConstants.MAX_TTL.toDays() + " days");
        }
    }

    /** The refusals that need no relay, so that a bad invitation creates no mailbox and changes nothing. */
    private void refuseBeforeAnyChange(Invitation invitation, Optional<String> contactName) throws PliException {
        introductions.checkAcceptable(invitation, contactName);
    }
}
