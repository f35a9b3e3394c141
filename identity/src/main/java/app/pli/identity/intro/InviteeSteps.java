package app.pli.identity.intro;

import static app.pli.identity.intro.IntroductionConstants.KEY_M1;
import static app.pli.identity.intro.IntroductionConstants.KEY_M2;

import app.pli.core.crypto.ConstantTime;
import app.pli.core.crypto.CryptoRandom;
import app.pli.core.crypto.Ed25519;
import app.pli.core.crypto.SymmetricKey;
import app.pli.core.crypto.X25519;
import app.pli.core.crypto.X25519KeyPair;
import app.pli.core.error.PliException;
import app.pli.identity.contact.Contact;
import app.pli.identity.contact.ContactNameTakenException;
import app.pli.identity.contact.ContactNames;
import app.pli.identity.contact.ContactStore;
import app.pli.identity.contact.RouteBytes;
import app.pli.identity.contact.TrustState;
import app.pli.identity.intro.IntroductionRecord.Check;
import app.pli.identity.intro.IntroductionRecord.Pending;
import app.pli.identity.intro.RejectedMessageException.Reason;
import app.pli.identity.invite.Invitation;
import app.pli.identity.keys.IdentityPublicKeys;
import app.pli.identity.profile.Profile;
import app.pli.identity.profile.ProfileStore;
import app.pli.identity.route.Route;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The invitee's steps (B): accepting an invitation (creating a pending contact and queueing
 * M1, state ACCEPTED) and receiving M2 (ACCEPTED to AWAITING_CODE), each inside the
 * caller's transaction.
 */
final class InviteeSteps {
    /** The name of a pending contact whose name the user did not choose, until M2 brings one. */
    static final String PLACEHOLDER_NAME = "pending contact";

    private final ProfileStore profiles;
    private final ContactStore contacts;
    private final IntroductionStore store;
    private final IntroductionOutbox outbox;

    InviteeSteps(ProfileStore profiles, ContactStore contacts, IntroductionStore store, IntroductionOutbox outbox) {
        this.profiles = profiles;
        this.contacts = contacts;
        this.store = store;
        this.outbox = outbox;
    }

    /**
     * Refuses an invitation this profile already accepted or made itself, creates the
     * pending contact, draws N_B and EK_B, and queues M1 to the invitation's route.
     */
    AcceptedInvitation accept(Connection c, Invitation invitation, Route myInbox, String myName,
            Optional<String> contactName) throws SQLException, PliException {
        Profile me = profiles.load(c);
        IdentityPublicKeys mine = me.keys().publicKeys();
        byte[] commitment = invitation.commitment();
        refuseBeforeAccept(c, commitment, contactName);
        String name = contactName.isPresent() ? contactName.get() : contacts.freeName(c, PLACEHOLDER_NAME, 0);
        Contact contact = contacts.insert(c, name, TrustState.PENDING, null, null, null);

        byte[] nonce = CryptoRandom.bytes(IntroductionConstants.NONCE_BYTES);
        X25519KeyPair ephemeral = X25519.generateKeyPair();
        byte[] inbox = RouteBytes.encode(myInbox);
        byte[] sig1 = Ed25519.sign(me.keys().signing().privateKey(),
                IntroductionCrypto.m1SignedBytes(commitment, mine, ephemeral.publicKey(), nonce, inbox));
        PeerHello m1 = new PeerHello(mine, ephemeral.publicKey(), nonce, myInbox, inbox, myName, sig1);
        byte[] payload = IntroductionWire.sealM1(
                IntroductionCrypto.messageKey(invitation.secret(), commitment, KEY_M1), commitment, m1);

        Pending pending = new Pending(invitation.secret(), nonce, ephemeral.privateKey().bytes(), inbox, name,
                contactName.isPresent());
        StoredIntroduction row = store.insert(c, contact.id(), new IntroductionRecord(IntroductionRole.INVITEE,
                IntroductionState.ACCEPTED, invitation.expires().getEpochSecond(), commitment, pending, null));
        outbox.queue(c, row.id(), invitation.introRoute(), payload);
        return new AcceptedInvitation(row.id(), contact.id());
    }

    /**
     * Opens M2 under K2, checks that A's keys match the invitation's commitment and that
     * sig2 covers this side's transcript, agrees the keys, and completes the contact
     * (renamed after the inviter's shared name unless the user chose a name).
     */
    ReceiveResult receiveM2(Connection c, StoredIntroduction row, byte[] payload) throws SQLException, PliException {
        IntroductionRecord record = row.record();
        IntroductionStep.RECEIVE_M2.require(record.role(), record.state());
        Pending pending = record.pending();
        byte[] commitment = record.commitment();
        Profile me = profiles.load(c);
        PeerHello m2 = IntroductionWire.openM2(
                IntroductionCrypto.messageKey(pending.secret(), commitment, KEY_M2), commitment, payload);
        if (!ConstantTime.equals(commitment,
                IntroductionCrypto.commitment(m2.identity(), m2.ephemeral(), m2.nonce()))) {
            throw new RejectedMessageException(Reason.BAD_COMMITMENT,
                    "the inviter's keys do not match the invitation's commitment");
        }
        X25519KeyPair ephemeral = Agreement.ephemeral(pending);
        Transcript transcript = new Transcript(commitment, m2.identity(), m2.ephemeral(), m2.nonce(),
                m2.inboxBytes(), me.keys().publicKeys(), ephemeral.publicKey(), pending.nonce(), pending.ownInbox());
        byte[] hash = transcript.hash();
        if (!Ed25519.verify(m2.identity().signing(), IntroductionCrypto.m2SignedBytes(hash), m2.signature())) {
            throw new RejectedMessageException(Reason.BAD_SIGNATURE,
                    "the inviter's signature does not cover this exchange");
        }
        SymmetricKey root = Agreement.root(
                () -> IntroductionCrypto.inviteeRoot(me.keys(), ephemeral, m2.identity(), m2.ephemeral(), hash));

        Contact contact = contacts.find(c, row.contactId()).orElseThrow(
                () -> new IntroductionNotFoundException("the introduction's contact was removed"));
        String name = contact.name();
        if (!pending.nameChosen() && name.equals(pending.placeholderName())) {
            name = contacts.freeName(c, ContactNames.fromShared(m2.name()), contact.id());
        }
        contacts.update(c, contact.withName(name).withKeys(m2.identity(), m2.inbox(), transcript.inviteeCode(),
                TrustState.AWAITING_CODE));
        Check check = new Check(Agreement.messageHash(payload), transcript.inviterCode(), 0);
        store.update(c, row.with(row.contactId(), record.agreed(check)));
        store.saveOutcome(c, row.id(), Agreement.outcome(IntroductionRole.INVITEE, m2, root, m2.ephemeral(), null));
        return new ReceiveResult(row.id(), contact.id(), false);
    }

    /** Refuses an invitation this profile made or accepted before, and a contact name already taken. */
    void refuseBeforeAccept(Connection c, byte[] commitment, Optional<String> contactName)
            throws SQLException, PliException {
        refuseKnown(c, commitment);
        if (contactName.isPresent() && contacts.findByName(c, contactName.get()).isPresent()) {
            throw new ContactNameTakenException("you already have a contact named " + contactName.get()
                    + "; choose another name with --name");
        }
    }

    private void refuseKnown(Connection c, byte[] commitment) throws SQLException, PliException {
        for (StoredIntroduction known : store.all(c)) {
            if (ConstantTime.equals(known.record().commitment(), commitment)) {
                throw new InvitationUsedException(known.record().role() == IntroductionRole.INVITER
                        ? "this is your own invitation: give it to the person you are meeting"
                        : "this invitation was already accepted here; an invitation works once");
            }
        }
    }
}
