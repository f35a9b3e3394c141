package app.pli.messenger.conversation;

import app.pli.core.crypto.SymmetricKey;
import app.pli.core.crypto.X25519;
import app.pli.core.crypto.X25519KeyPair;
import app.pli.core.error.PliException;
import app.pli.identity.contact.Contact;
import app.pli.identity.contact.ContactStore;
import app.pli.identity.contact.TrustState;
import app.pli.identity.intro.IntroductionRole;
import app.pli.identity.intro.Introductions;
import app.pli.identity.keys.IdentityKeyPair;
import app.pli.identity.offer.Offers;
import app.pli.identity.profile.ProfileStore;
import app.pli.identity.route.RelayRoute;
import app.pli.messenger.envelope.RelationshipKeys;
import app.pli.messenger.mailbox.MailboxStore;
import app.pli.messenger.session.RatchetSession;
import app.pli.messenger.testing.TestStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Two stores with a session between them, set up as an introduction would leave them, for
 * tests of the conversation layer without a relay: what one side queues, the test carries
 * to the other by hand (or tampers with, drops, repeats).
 */
final class ConversationEnds implements AutoCloseable {
    static final String INVITER_SEES = "Invitee";
    static final String INVITEE_SEES = "Inviter";

    final End inviter;
    final End invitee;

    /** One side: its store, its conversation layer and its contact row for the other side. */
    static final class End {
        final TestStore store;
        final Conversations conversations;
        final long contactId;
        final String contactName;

        End(TestStore store, Conversations conversations, long contactId, String contactName) {
            this.store = store;
            this.conversations = conversations;
            this.contactId = contactId;
            this.contactName = contactName;
        }

        StoredMessage send(String text) throws PliException {
            return conversations.sender().send(contactName, text);
        }

        /** Takes every queued envelope out of the outbox (as a relay would carry it) and returns its blocks. */
        List<List<byte[]>> takeOutbox() throws PliException {
            List<List<byte[]>> envelopes = new ArrayList<>();
            for (OutboxEntry entry : conversations.outbox()) {
                envelopes.add(entry.blocks());
                conversations.handedOver(entry);
            }
            return envelopes;
        }

        ReceiveOutcome receive(byte[] block) throws PliException {
            return conversations.receiver().receive(contactId, block);
        }

        List<StoredMessage> conversation() throws PliException {
            return conversations.conversation(contactName, Integer.MAX_VALUE);
        }
    }

    private ConversationEnds(End inviter, End invitee) {
        this.inviter = inviter;
        this.invitee = invitee;
    }

    static ConversationEnds create(Path dir) throws PliException, java.io.IOException {
        SymmetricKey root = SymmetricKey.random();
        X25519KeyPair ephemeral = X25519.generateKeyPair();
        TestStore inviterStore = TestStore.create(Files.createDirectories(dir.resolve("inviter")), Optional.empty());
        TestStore inviteeStore = TestStore.create(Files.createDirectories(dir.resolve("invitee")), Optional.empty());
        IdentityKeyPair inviterKeys = new ProfileStore(inviterStore.database, inviterStore.cipher).load().keys();
        IdentityKeyPair inviteeKeys = new ProfileStore(inviteeStore.database, inviteeStore.cipher).load().keys();
        End inviter = end(inviterStore, INVITER_SEES, inviteeKeys, IntroductionRole.INVITER,
                RelationshipKeys.derive(root, IntroductionRole.INVITER, inviterKeys.publicKeys(), inviteeKeys.publicKeys()),
                RatchetSession.forKeyHolder(root, ephemeral));
        End invitee = end(inviteeStore, INVITEE_SEES, inviterKeys, IntroductionRole.INVITEE,
                RelationshipKeys.derive(root, IntroductionRole.INVITEE, inviteeKeys.publicKeys(), inviterKeys.publicKeys()),
                RatchetSession.forKeyReceiver(root, ephemeral.publicKey()));
        return new ConversationEnds(inviter, invitee);
    }

    private static End end(TestStore store, String contactName, IdentityKeyPair other, IntroductionRole role,
            RelationshipKeys keys, RatchetSession ratchet) throws PliException {
        ContactStore contacts = new ContactStore(store.database, store.cipher);
        Contact contact = store.database.write(c -> {
            Contact inserted = contacts.insert(c, contactName, TrustState.VERIFIED, other.publicKeys(),
                    new RelayRoute("pli-relay://127.0.0.1:1/" + "A".repeat(52), new byte[16]), null);
            new SessionStore(store.cipher).insert(c, new SessionRecord(inserted.id(), OptionalLong.empty(),
                    InboxLock.TO_LOCK, keys, ratchet, SendCounters.START));
            return inserted;
        });
        Conversations conversations = new Conversations(store.database, store.cipher, contacts,
                new Introductions(store.database, store.cipher, Clock.systemUTC()),
                new Offers(store.database, store.cipher, Clock.systemUTC()),
                new ProfileStore(store.database, store.cipher),
                new MailboxStore(store.database, store.cipher), Clock.systemUTC(),
                Duration.ofMinutes(5), IncomingOffers.REFUSE, IncomingGroups.NONE, IncomingFiles.NONE);
        return new End(store, conversations, contact.id(), contactName);
    }

    @Override
    public void close() throws PliException {
        inviter.store.close();
        invitee.store.close();
    }
}
