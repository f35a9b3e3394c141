package app.pli.identity.intro;

import static app.pli.identity.intro.IntroductionConstants.KEY_M1;
import static app.pli.identity.intro.IntroductionConstants.KEY_M2;

import app.pli.core.crypto.CryptoRandom;
import app.pli.core.crypto.Ed25519;
import app.pli.core.crypto.SymmetricKey;
import app.pli.core.crypto.X25519;
import app.pli.core.crypto.X25519KeyPair;
import app.pli.core.error.PliException;
import app.pli.identity.contact.Contact;
import app.pli.identity.contact.ContactNames;
import app.pli.identity.contact.ContactStore;
import app.pli.identity.contact.MalformedRouteException;
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
import java.time.Instant;

/**
 * The inviter's steps (A): creating the invitation (state INVITED) and receiving M1
 * (INVITED to AWAITING_CODE, creating the contact and queueing M2), each inside the
 * caller's transaction.
 */
final class InviterSteps {
    private final ProfileStore profiles;
    private final ContactStore contacts;
    private final IntroductionStore store;
    private final IntroductionOutbox outbox;

    InviterSteps(ProfileStore profiles, ContactStore contacts, IntroductionStore store, IntroductionOutbox outbox) {
        this.profiles = profiles;
        this.contacts = contacts;
        this.store = store;
        this.outbox = outbox;
    }

    /** Draws S, N_A and EK_A, commits to A's keys, and stores the introduction as INVITED. */
    CreatedInvitation invite(Connection c, Route introRoute, Route myInbox, Instant expires)
            throws SQLException, PliException {
        Profile me = profiles.load(c);
        byte[] secret = CryptoRandom.bytes(IntroductionConstants.SECRET_BYTES);
        byte[] nonce = CryptoRandom.bytes(IntroductionConstants.NONCE_BYTES);
        X25519KeyPair ephemeral = X25519.generateKeyPair();
        byte[] commitment = IntroductionCrypto.commitment(me.keys().publicKeys(), ephemeral.publicKey(), nonce);
        Pending pending = new Pending(secret, nonce, ephemeral.privateKey().bytes(), RouteBytes.encode(myInbox), "",
                false);
        StoredIntroduction row = store.insert(c, null, new IntroductionRecord(IntroductionRole.INVITER,
                IntroductionState.INVITED, expires.getEpochSecond(), commitment, pending, null));
        return new CreatedInvitation(row.id(),
                new Invitation(Invitation.CURRENT_VERSION, expires, introRoute, secret, commitment));
    }

    /**
     * Opens and checks M1 (AEAD under K1, identity binding, sig1), agrees the keys, creates
     * the contact (named after the invitee's shared name) awaiting its code, and queues M2
     * to the invitee's inbox.
     */
    ReceiveResult receiveM1(Connection c, StoredIntroduction row, byte[] payload) throws SQLException, PliException {
        IntroductionRecord record = row.record();
        IntroductionStep.RECEIVE_M1.require(record.role(), record.state());
        Pending pending = record.pending();
        byte[] commitment = record.commitment();
        Profile me = profiles.load(c);
        IdentityPublicKeys mine = me.keys().publicKeys();
        PeerHello m1 = IntroductionWire.openM1(
                IntroductionCrypto.messageKey(pending.secret(), commitment, KEY_M1), commitment, payload);
        byte[] signed = IntroductionCrypto.m1SignedBytes(commitment, m1.identity(), m1.ephemeral(), m1.nonce(),
                m1.inboxBytes());
        if (!Ed25519.verify(m1.identity().signing(), signed, m1.signature())) {
            throw new RejectedMessageException(Reason.BAD_SIGNATURE, "the invitee's signature does not verify");
        }
        if (m1.identity().equals(mine)) {
            throw new RejectedMessageException(Reason.UNEXPECTED, "it was sent by this same profile");
        }
        X25519KeyPair ephemeral = Agreement.ephemeral(pending);
        Transcript transcript = new Transcript(commitment, mine, ephemeral.publicKey(), pending.nonce(),
                pending.ownInbox(), m1.identity(), m1.ephemeral(), m1.nonce(), m1.inboxBytes());
        byte[] hash = transcript.hash();
        SymmetricKey root = Agreement.root(
                () -> IntroductionCrypto.inviterRoot(me.keys(), ephemeral, m1.identity(), m1.ephemeral(), hash));

        byte[] m2Payload = sealReply(me, ephemeral, pending, commitment, hash);

        String name = contacts.freeName(c, ContactNames.fromShared(m1.name()), 0);
        Contact contact = contacts.insert(c, name, TrustState.AWAITING_CODE, m1.identity(), m1.inbox(),
                transcript.inviterCode());
        Check check = new Check(Agreement.messageHash(payload), transcript.inviteeCode(), 0);
        store.update(c, row.with(contact.id(), record.agreed(check)));
        store.saveOutcome(c, row.id(),
                Agreement.outcome(IntroductionRole.INVITER, m1, root, ephemeral.publicKey(), ephemeral));
        outbox.queue(c, row.id(), m1.inbox(), m2Payload);
        return new ReceiveResult(row.id(), contact.id(), false);
    }

    /** M2: A's keys, EK_A, N_A, R_A and shared name, with sig2 over the transcript, sealed under K2. */
    private static byte[] sealReply(Profile me, X25519KeyPair ephemeral, Pending pending, byte[] commitment,
            byte[] transcriptHash) throws MalformedRouteException {
        byte[] sig2 = Ed25519.sign(me.keys().signing().privateKey(), IntroductionCrypto.m2SignedBytes(transcriptHash));
        PeerHello m2 = new PeerHello(me.keys().publicKeys(), ephemeral.publicKey(), pending.nonce(),
                RouteBytes.decode(pending.ownInbox()), pending.ownInbox(), me.displayName(), sig2);
        return IntroductionWire.sealM2(
                IntroductionCrypto.messageKey(pending.secret(), commitment, KEY_M2), commitment, m2);
    }
}
