package app.pli.identity.offer;

import app.pli.core.crypto.CryptoException;
import app.pli.core.crypto.CryptoRandom;
import app.pli.core.crypto.Ed25519;
import app.pli.core.crypto.Ed25519PublicKey;
import app.pli.core.crypto.SymmetricKey;
import app.pli.core.crypto.X25519;
import app.pli.core.crypto.X25519KeyPair;
import app.pli.core.crypto.X25519PrivateKey;
import app.pli.core.crypto.X25519PublicKey;
import app.pli.core.db.ChangeMarks;
import app.pli.core.db.Database;
import app.pli.core.db.DatabaseException;
import app.pli.core.db.SchemaOwner;
import app.pli.core.error.PliException;
import app.pli.core.vault.ColumnCipher;
import app.pli.identity.contact.Contact;
import app.pli.identity.contact.ContactNames;
import app.pli.identity.contact.ContactNotFoundException;
import app.pli.identity.contact.ContactStore;
import app.pli.identity.contact.MalformedRouteException;
import app.pli.identity.contact.RouteBytes;
import app.pli.identity.contact.TrustState;
import app.pli.identity.intro.IntroductionOutcome;
import app.pli.identity.intro.IntroductionRole;
import app.pli.identity.keys.IdentityKeyPair;
import app.pli.identity.keys.IdentityPublicKeys;
import app.pli.identity.profile.Profile;
import app.pli.identity.profile.ProfileStore;
import app.pli.identity.route.Route;
import app.pli.identity.store.SealedOutbox;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Introductions by a mutual contact ("offers"), for all three parties, over one profile's
 * store. Transport-agnostic: the messenger carries the offers inside its sessions, hands
 * what arrives at a rendezvous to {@link #receiveFromPeer}, and sends what
 * {@link #pendingOutbox} lists.
 *
 * <ul>
 *   <li>The introducer ({@link #introduce}) signs one statement binding the offer id, its
 *       expiry and both identities, and gives each side the other's keys, name and
 *       rendezvous. It keeps nothing: it learns neither answer.</li>
 *   <li>Each side checks that signature with the introducer's key ({@link #receive}), and
 *       later accepts or declines. An acceptance sends a signed hello straight to the other
 *       side's rendezvous, sealed under a key only the two identities can derive; when both
 *       hellos met, both compute the same root key from a triple Diffie-Hellman bound to the
 *       transcript, and the contact exists with trust {@link TrustState#INTRODUCED}.</li>
 * </ul>
 * Every method runs one transaction (or the caller's): its state change, contact change
 * and outgoing message commit together. A refused step throws and changes nothing.
 * Thread-safe.
 */
public final class Offers {
    private final Database database;
    private final Clock clock;
    private final ProfileStore profiles;
    private final ContactStore contacts;
    private final OfferStore store;
    private final SealedOutbox outbox;

    public Offers(Database database, ColumnCipher cipher, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.profiles = new ProfileStore(database, cipher);
        this.contacts = new ContactStore(database, cipher);
        this.store = new OfferStore(cipher);
        this.outbox = new SealedOutbox(cipher, "offer_outbox", "offer_id");
    }

    /** The schema owner offers need; it migrates after identity's contact table. */
    public static List<SchemaOwner> schemaOwners() {
        return List.of(new OfferSchema());
    }

    // ---- the introducer ----

    /**
     * The two contacts to introduce, checked without writing anything: both exist, are
     * different people, and are trusted (verified in person, or introduced themselves).
     *
     * @throws ContactNotFoundException if a name is unknown
     * @throws OfferException if they are the same person, or one is not trusted yet
     */
    public List<Contact> checkIntroducible(String first, String second) throws PliException {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        return database.read(c -> {
            Contact a = contacts.findByName(c, first).orElseThrow(() -> notAContact(first));
            Contact b = contacts.findByName(c, second).orElseThrow(() -> notAContact(second));
            if (a.id() == b.id() || (a.keys() != null && a.keys().equals(b.keys()))) {
                throw new OfferException("a contact cannot be introduced to itself");
            }
            requireTrusted(a);
            requireTrusted(b);
            return List.of(a, b);
        });
    }

    /**
     * Refuses a lifetime or a note an offer cannot have, before anything is created.
     *
     * @throws OfferException if the lifetime is not in (0, 30 days] or the note too long
     */
    public static void checkTerms(Duration ttl, String note) throws OfferException {
        Objects.requireNonNull(ttl, "ttl");
        Objects.requireNonNull(note, "note");
        if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(OfferConstants.MAX_TTL) > 0) {
            throw new OfferException("an offer must live more than zero and at most "
                    + OfferConstants.MAX_TTL.toDays() + " days");
        }
        if (note.length() > OfferConstants.MAX_NOTE_CHARS) {
            throw new OfferException("the note is longer than " + OfferConstants.MAX_NOTE_CHARS + " characters");
        }
    }

    /**
     * Makes the offer for two contacts (see {@link #checkIntroducible}): a fresh id, the
     * expiry, and the signed terms for each side. Writes nothing.
     *
     * @param rendezvousOfFirst where the first contact fetches (the second deposits there)
     * @param rendezvousOfSecond where the second contact fetches
     */
    public IntroducerOffer introduce(Contact first, Contact second, Duration ttl, String note, Route rendezvousOfFirst,
            Route rendezvousOfSecond) throws PliException {
        checkTerms(ttl, note);
        requireTrusted(first);
        requireTrusted(second);
        IdentityKeyPair me = profiles.load().keys();
        byte[] offerId = CryptoRandom.bytes(OfferConstants.OFFER_ID_BYTES);
        Instant expires = clock.instant().plus(ttl).truncatedTo(ChronoUnit.SECONDS);
        byte[] signature = Ed25519.sign(me.signing().privateKey(),
                OfferCrypto.introducerStatement(offerId, expires.getEpochSecond(), first.keys(), second.keys()));
        return new IntroducerOffer(
                new OfferTerms(offerId, expires, second.keys(), second.name(), note, rendezvousOfSecond, signature),
                new OfferTerms(offerId, expires, first.keys(), first.name(), note, rendezvousOfFirst, signature));
    }

    // ---- the two introduced sides ----

    /**
     * An offer arrived from the contact {@code introducerId} inside its session, in the
     * caller's transaction: the introducer's signature must cover this profile's keys and
     * the other side's. An offer already here changes nothing.
     *
     * @return the new offer's row id, or empty for a repeat
     * @throws OfferException if the signature does not hold, the offer names this profile as
     *     the other side, or it has expired
     */
    public Optional<Long> receive(Connection c, long introducerId, OfferTerms terms, OfferAttachment attachment)
            throws SQLException, PliException {
        Contact introducer = contacts.find(c, introducerId).filter(found -> found.keys() != null)
                .orElseThrow(() -> new OfferException("an offer came from a contact without keys"));
        IdentityPublicKeys me = profiles.load(c).keys().publicKeys();
        if (terms.peer().equals(me)) {
            throw new OfferException("an offer names this profile as the other side");
        }
        byte[] statement = OfferCrypto.introducerStatement(terms.offerId(), terms.expires().getEpochSecond(), me,
                terms.peer());
        if (!Ed25519.verify(introducer.keys().signing(), statement, terms.introducerSignature())) {
            throw new OfferException("an offer from \"" + introducer.name() + "\" is not signed over these keys");
        }
        if (!clock.instant().isBefore(terms.expires())) {
            throw new OfferException("an offer from \"" + introducer.name() + "\" arrived expired");
        }
        for (OfferStore.Row known : store.all(c)) {
            if (Arrays.equals(known.record().offerId(), terms.offerId())) {
                return Optional.empty();
            }
        }
        IdentityPublicKeys peer = terms.peer();
        OfferRecord record = new OfferRecord(terms.offerId(), OfferState.RECEIVED, terms.expires().getEpochSecond(),
                clock.instant().getEpochSecond(), peer.signing().bytes(), peer.agreement().bytes(), peer.binding(),
                ContactNames.fromShared(terms.peerName()), terms.note(), introducer.name(),
                RouteBytes.encode(terms.peerRendezvous()), terms.introducerSignature(), null, null);
        OfferStore.Row row = store.insert(c, introducerId, record);
        attachment.attach(c, row.id());
        return Optional.of(row.id());
    }

    /** Every received offer, final ones included. */
    public List<OfferSummary> list() throws PliException {
        return database.read(c -> {
            List<OfferSummary> summaries = new ArrayList<>();
            for (OfferStore.Row row : store.all(c)) {
                summaries.add(summary(row));
            }
            return summaries;
        });
    }

    /** The offer whose id (or a unique prefix of at least {@value OfferIds#MIN_PREFIX} hex digits) is {@code id}. */
    public OfferSummary find(String id) throws PliException {
        return database.read(c -> summary(findRow(c, id)));
    }

    /** Where the offer of row {@code rowId} stands. */
    public OfferSummary status(long rowId) throws PliException {
        return database.read(c -> summary(store.find(c, rowId)
                .orElseThrow(() -> new OfferNotFoundException("no offer has that id"))));
    }

    /**
     * Every refusal {@link #accept} would make, checked without writing: callers run it
     * before they create this side's inbox.
     *
     * @throws OfferStateException if the offer was answered already, declined or expired
     * @throws OfferException if the other side is already a contact, or the name is taken
     */
    public OfferSummary checkAcceptable(String id, Optional<String> name) throws PliException {
        if (name.isPresent()) {
            ContactNames.requireValid(name.get());
        }
        return database.read(c -> {
            OfferStore.Row row = findRow(c, id);
            refuseBeforeAccept(c, row, name);
            return summary(row);
        });
    }

    /**
     * Accepts the offer: queues this side's hello to the other side's rendezvous, and if the
     * other side's hello is here already, agrees the keys and creates the contact at once.
     *
     * @param myInbox this side's inbox for the new contact (sent in the hello)
     * @param name the new contact's name here; without it, the name the introducer proposed
     *     (made unique)
     */
    public OfferSummary accept(String id, Optional<String> name, Route myInbox, OfferAttachment attachment)
            throws PliException {
        Objects.requireNonNull(myInbox, "myInbox");
        Objects.requireNonNull(attachment, "attachment");
        if (name.isPresent()) {
            ContactNames.requireValid(name.get());
        }
        return database.write(c -> {
            OfferStore.Row row = findRow(c, id);
            refuseBeforeAccept(c, row, name);
            Profile me = profiles.load(c);
            OfferRecord record = row.record();
            IdentityPublicKeys peer = peerKeys(record);
            String chosen = name.isPresent() ? name.get() : contacts.freeName(c, record.peerName(), 0);
            X25519KeyPair ephemeral = X25519.generateKeyPair();
            byte[] inbox = RouteBytes.encode(myInbox);
            byte[] signature = Ed25519.sign(me.keys().signing().privateKey(), OfferCrypto.helloStatement(
                    record.offerId(), me.keys().publicKeys(), peer, ephemeral.publicKey(), inbox, me.displayName()));
            OfferWire.Hello hello = new OfferWire.Hello(record.offerId(), me.keys().publicKeys().signing().bytes(),
                    me.keys().publicKeys().agreement().bytes(), me.keys().publicKeys().binding(),
                    ephemeral.publicKey().bytes(), inbox, me.displayName(), record.introducerSignature(), signature);
            outbox.queue(c, row.id(), route(record), seal(me.keys(), peer, record.offerId(), hello));
            OfferStore.Row accepted = row.with(null,
                    record.accepted(new OfferRecord.Pending(ephemeral.privateKey().bytes(), inbox, chosen)));
            store.update(c, accepted);
            attachment.attach(c, row.id());
            if (record.keptHello() != null) {
                accepted = agree(c, accepted, me, record.keptHello());
            }
            return summary(accepted);
        });
    }

    /** Declines the offer before answering it otherwise: the other side is told; nothing is kept. */
    public OfferSummary decline(String id) throws PliException {
        return database.write(c -> {
            OfferStore.Row row = findRow(c, id);
            OfferRecord record = row.record();
            OfferStep.DECLINE.require(record.state());
            Profile me = profiles.load(c);
            IdentityPublicKeys peer = peerKeys(record);
            byte[] signature = Ed25519.sign(me.keys().signing().privateKey(),
                    OfferCrypto.declineStatement(record.offerId(), me.keys().publicKeys(), peer));
            OfferWire.Decline decline = new OfferWire.Decline(record.offerId(),
                    me.keys().publicKeys().signing().bytes(), me.keys().publicKeys().agreement().bytes(),
                    me.keys().publicKeys().binding(), signature);
            outbox.queue(c, row.id(), route(record), seal(me.keys(), peer, record.offerId(), decline));
            OfferStore.Row declined = row.with(null, record.ended(OfferState.DECLINED));
            store.update(c, declined);
            return summary(declined);
        });
    }

    /**
     * A message from the other side arrived at the rendezvous of offer {@code rowId}: a hello
     * (kept until this side answers, or completing the agreement) or a refusal.
     *
     * @return whether it changed the offer (false for a repeat)
     * @throws OfferException if it does not open under the pair's key, is not signed by the
     *     other side, names another offer or introducer, or comes after the offer ended
     */
    public boolean receiveFromPeer(long rowId, byte[] payload) throws PliException {
        Objects.requireNonNull(payload, "payload");
        return database.write(c -> {
            OfferStore.Row row = store.find(c, rowId)
                    .orElseThrow(() -> new OfferNotFoundException("no offer has that id"));
            OfferRecord record = row.record();
            Profile me = profiles.load(c);
            IdentityPublicKeys peer = peerKeys(record);
            OfferWire.RendezvousMessage message = open(me.keys(), peer, record.offerId(), payload);
            if (message instanceof OfferWire.Hello hello) {
                OfferRecord.KeptHello kept = checkHello(record, me, peer, hello);
                if (record.state() == OfferState.AGREED || (record.keptHello() != null
                        && Arrays.equals(record.keptHello().ephemeralKey(), kept.ephemeralKey()))) {
                    return false; // delivered again
                }
                OfferStep.PEER_HELLO.require(record.state());
                if (record.state() == OfferState.RECEIVED) {
                    store.update(c, row.with(null, record.withHello(kept)));
                } else {
                    agree(c, row, me, kept);
                }
                return true;
            }
            OfferWire.Decline decline = (OfferWire.Decline) message;
            checkSender(record, peer, decline.offerId(), decline.signingKey(), decline.agreementKey());
            if (!Ed25519.verify(peer.signing(),
                    OfferCrypto.declineStatement(record.offerId(), peer, me.keys().publicKeys()), decline.signature())) {
                throw new OfferException("a refusal for this offer is not signed by the other side");
            }
            if (record.state() == OfferState.PEER_DECLINED) {
                return false;
            }
            OfferStep.PEER_DECLINE.require(record.state());
            outbox.deleteFor(c, row.id());
            store.update(c, row.with(null, record.ended(OfferState.PEER_DECLINED)));
            return true;
        });
    }

    /** The hellos and refusals waiting to be sent. */
    public List<OutgoingOfferMessage> pendingOutbox() throws PliException {
        return database.read(c -> {
            List<OutgoingOfferMessage> messages = new ArrayList<>();
            for (SealedOutbox.Row row : outbox.pending(c)) {
                messages.add(new OutgoingOfferMessage(row.id(), row.ownerId(), row.route(), row.payload()));
            }
            return messages;
        });
    }

    /** Forgets a message once it is durably deposited; an unknown id is ignored. */
    public void markSent(long outboxId) throws PliException {
        database.write(c -> {
            outbox.delete(c, outboxId);
            return null;
        });
    }

    /**
     * Expires every offer whose time has come at {@code now}: an unanswered one at its
     * expiry, an accepted one when a hello sent in time can no longer come (the expiry plus
     * {@link OfferConstants#ACCEPTED_GRACE}). Where each of them stands now.
     */
    public List<OfferSummary> endOverdue(Instant now) throws PliException {
        Objects.requireNonNull(now, "now");
        return database.write(c -> {
            List<OfferSummary> ended = new ArrayList<>();
            for (OfferStore.Row row : store.all(c)) {
                OfferRecord record = row.record();
                Instant due = record.state() == OfferState.ACCEPTED
                        ? record.expires().plus(OfferConstants.ACCEPTED_GRACE) : record.expires();
                if (OfferStep.EXPIRE.allowedIn(record.state()) && !now.isBefore(due)) {
                    outbox.deleteFor(c, row.id());
                    OfferStore.Row expired = row.with(null, record.ended(OfferState.EXPIRED));
                    store.update(c, expired);
                    ended.add(summary(expired));
                }
            }
            return ended;
        });
    }

    /** The key agreement's outcome for the contact {@code contactId}, if an agreed offer still keeps it. */
    public Optional<IntroductionOutcome> outcome(Connection c, long contactId) throws SQLException, PliException {
        Optional<OfferStore.Row> row = store.findByContact(c, contactId);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Optional<OfferOutcome> stored = store.outcome(c, row.get().id());
        return stored.isEmpty() ? Optional.empty() : Optional.of(toOutcome(contactId, stored.get()));
    }

    /** Drops the outcome for {@code contactId}, in the caller's transaction (the one that starts the session). */
    public void forgetOutcome(Connection c, long contactId) throws SQLException, PliException {
        Optional<OfferStore.Row> row = store.findByContact(c, contactId);
        if (row.isPresent()) {
            store.clearOutcome(c, row.get().id());
        }
    }

    /**
     * A value that changes whenever any offer is received, changes state or is removed, or
     * its outbox changes, in this process or another (every change re-seals the record under
     * a fresh nonce). Cheap: nothing is decrypted.
     */
    public String changeMark() throws PliException {
        return database.read(c -> ChangeMarks.read(c, List.of("offer_outbox"), List.of("offer")));
    }

    // ---- steps ----

    private void refuseBeforeAccept(Connection c, OfferStore.Row row, Optional<String> name)
            throws SQLException, PliException {
        OfferRecord record = row.record();
        OfferStep.ACCEPT.require(record.state());
        if (!clock.instant().isBefore(record.expires())) {
            throw new OfferStateException("this offer expired at " + record.expires());
        }
        IdentityPublicKeys peer = peerKeys(record);
        for (Contact contact : contacts.list(c)) {
            if (peer.equals(contact.keys())) {
                throw new OfferException("this offer introduces someone who is already your contact \""
                        + contact.name() + "\"");
            }
        }
        if (name.isPresent() && contacts.findByName(c, name.get()).isPresent()) {
            throw new OfferException("you already have a contact named " + name.get() + "; choose another name");
        }
    }

    /** Both hellos met: the root key, the contact (trust introduced), the outcome for the session. */
    private OfferStore.Row agree(Connection c, OfferStore.Row row, Profile me, OfferRecord.KeptHello peerHello)
            throws SQLException, PliException {
        OfferRecord record = row.record();
        OfferRecord.Pending pending = record.pending();
        IdentityPublicKeys peer = peerKeys(record);
        boolean iAmLow = OfferCrypto.isLow(me.keys().publicKeys(), peer);
        X25519KeyPair mine;
        X25519PublicKey theirs;
        Route peerInbox;
        try {
            mine = X25519KeyPair.of(X25519PrivateKey.of(pending.ephemeralPrivate()));
            theirs = X25519PublicKey.of(peerHello.ephemeralKey());
            peerInbox = RouteBytes.decode(peerHello.inbox());
        } catch (CryptoException | MalformedRouteException e) {
            throw new OfferException("the other side's hello holds an invalid key or route");
        }
        OfferCrypto.Side own = new OfferCrypto.Side(me.keys().publicKeys(), mine.publicKey(), pending.ownInbox());
        OfferCrypto.Side other = new OfferCrypto.Side(peer, theirs, peerHello.inbox());
        byte[] transcript = OfferCrypto.transcript(record.offerId(), iAmLow ? own : other, iAmLow ? other : own);
        SymmetricKey root;
        try {
            root = OfferCrypto.root(me.keys(), mine, iAmLow, peer, theirs, transcript);
        } catch (CryptoException e) {
            throw new OfferException("the other side's hello holds a key of low order");
        }
        Long introducer = row.introducerId() != null && contacts.find(c, row.introducerId()).isPresent()
                ? row.introducerId() : null;
        Contact contact = contacts.insert(c, contacts.freeName(c, pending.chosenName(), 0), TrustState.INTRODUCED,
                peer, peerInbox, null, introducer);
        X25519PublicKey loEphemeral = iAmLow ? mine.publicKey() : theirs;
        store.saveOutcome(c, row.id(), new OfferOutcome(iAmLow, peer.signing().bytes(), peer.agreement().bytes(),
                peer.binding(), peerHello.inbox(), peerHello.name(), root.bytes(), loEphemeral.bytes(),
                iAmLow ? mine.privateKey().bytes() : new byte[0]));
        OfferStore.Row agreed = row.with(contact.id(), record.ended(OfferState.AGREED));
        store.update(c, agreed);
        return agreed;
    }

    private OfferRecord.KeptHello checkHello(OfferRecord record, Profile me, IdentityPublicKeys peer,
            OfferWire.Hello hello) throws OfferException {
        checkSender(record, peer, hello.offerId(), hello.signingKey(), hello.agreementKey());
        if (hello.introducerSignature() == null || !Arrays.equals(hello.introducerSignature(),
                record.introducerSignature())) {
            throw new OfferException("the other side's hello does not carry this offer's introduction");
        }
        if (hello.ephemeralKey() == null || hello.ephemeralKey().length != X25519PublicKey.BYTES
                || hello.inbox() == null || hello.name() == null || hello.signature() == null) {
            throw new OfferException("the other side's hello is malformed");
        }
        X25519PublicKey ephemeral;
        try {
            ephemeral = X25519PublicKey.of(hello.ephemeralKey());
            RouteBytes.decode(hello.inbox());
        } catch (CryptoException | MalformedRouteException e) {
            throw new OfferException("the other side's hello holds an invalid key or route");
        }
        byte[] statement = OfferCrypto.helloStatement(record.offerId(), peer, me.keys().publicKeys(), ephemeral,
                hello.inbox(), hello.name());
        if (!Ed25519.verify(peer.signing(), statement, hello.signature())) {
            throw new OfferException("the other side's hello is not signed by the key the introducer gave");
        }
        return new OfferRecord.KeptHello(hello.ephemeralKey(), hello.inbox(), hello.name());
    }

    private static void checkSender(OfferRecord record, IdentityPublicKeys peer, byte[] offerId, byte[] signingKey,
            byte[] agreementKey) throws OfferException {
        if (!Arrays.equals(offerId, record.offerId()) || !Arrays.equals(signingKey, peer.signing().bytes())
                || !Arrays.equals(agreementKey, peer.agreement().bytes())) {
            throw new OfferException("a message for this offer names another offer or sender");
        }
    }

    private static byte[] seal(IdentityKeyPair me, IdentityPublicKeys peer, byte[] offerId,
            OfferWire.RendezvousMessage message) throws OfferException {
        boolean fromLow = OfferCrypto.isLow(me.publicKeys(), peer);
        try {
            return OfferWire.seal(OfferCrypto.sealingKey(me.agreement().privateKey(), peer.agreement(), offerId,
                    fromLow), offerId, message);
        } catch (CryptoException e) {
            throw new OfferException("the other side's key is of low order");
        }
    }

    private static OfferWire.RendezvousMessage open(IdentityKeyPair me, IdentityPublicKeys peer, byte[] offerId,
            byte[] payload) throws OfferException {
        boolean fromLow = OfferCrypto.isLow(peer, me.publicKeys());
        try {
            return OfferWire.open(OfferCrypto.sealingKey(me.agreement().privateKey(), peer.agreement(), offerId,
                    fromLow), offerId, payload);
        } catch (CryptoException e) {
            throw new OfferException("the other side's key is of low order");
        }
    }

    private OfferStore.Row findRow(Connection c, String id) throws SQLException, PliException {
        Objects.requireNonNull(id, "id");
        List<OfferStore.Row> found = new ArrayList<>();
        for (OfferStore.Row row : store.all(c)) {
            if (OfferIds.matches(row.record().offerId(), id)) {
                found.add(row);
            }
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.isEmpty()) {
            throw new OfferNotFoundException("no offer has the id " + id.strip()
                    + (id.strip().length() < OfferIds.MIN_PREFIX ? " (type at least " + OfferIds.MIN_PREFIX
                            + " of its hex digits)" : "") + "; pli offers lists them");
        }
        throw new OfferNotFoundException("several offers start with " + id.strip() + "; type more of the id");
    }

    private static void requireTrusted(Contact contact) throws OfferException {
        if (contact.keys() == null || (contact.state() != TrustState.VERIFIED
                && contact.state() != TrustState.INTRODUCED)) {
            throw new OfferException("\"" + contact.name() + "\" is " + contact.state().externalName()
                    + ": introduce only contacts verified in person or introduced themselves");
        }
    }

    private static ContactNotFoundException notAContact(String name) {
        return new ContactNotFoundException("\"" + name + "\" is not one of your contacts");
    }

    private static Route route(OfferRecord record) throws DatabaseException {
        try {
            return RouteBytes.decode(record.peerRendezvous());
        } catch (MalformedRouteException e) {
            throw corrupt();
        }
    }

    private static IdentityPublicKeys peerKeys(OfferRecord record) throws DatabaseException {
        try {
            return IdentityPublicKeys.of(Ed25519PublicKey.of(record.peerSigning()),
                    X25519PublicKey.of(record.peerAgreement()), record.peerBinding());
        } catch (CryptoException e) {
            throw corrupt();
        }
    }

    private OfferSummary summary(OfferStore.Row row) throws DatabaseException {
        OfferRecord record = row.record();
        IdentityPublicKeys peer = peerKeys(record);
        return new OfferSummary(row.id(), OfferIds.hex(record.offerId()), record.state(), record.introducerName(),
                row.introducerId() == null ? OptionalLong.empty() : OptionalLong.of(row.introducerId()),
                record.peerName(), peer, peer.fingerprint().grouped(), record.note(),
                Instant.ofEpochSecond(record.receivedEpochSecond()), record.expires(),
                row.contactId() == null ? OptionalLong.empty() : OptionalLong.of(row.contactId()),
                route(record));
    }

    private static IntroductionOutcome toOutcome(long contactId, OfferOutcome stored) throws DatabaseException {
        try {
            IdentityPublicKeys keys = IdentityPublicKeys.of(Ed25519PublicKey.of(stored.peerSigning()),
                    X25519PublicKey.of(stored.peerAgreement()), stored.peerBinding());
            X25519KeyPair pair = stored.holder()
                    ? X25519KeyPair.of(X25519PrivateKey.of(stored.loEphemeralPrivate())) : null;
            return new IntroductionOutcome(contactId, stored.holder() ? IntroductionRole.INVITER
                    : IntroductionRole.INVITEE, keys, RouteBytes.decode(stored.peerInbox()), stored.peerName(),
                    SymmetricKey.of(stored.rootKey()), X25519PublicKey.of(stored.loEphemeralPublic()), pair);
        } catch (CryptoException | MalformedRouteException | IllegalArgumentException e) {
            throw corrupt();
        }
    }

    private static DatabaseException corrupt() {
        return new DatabaseException(DatabaseException.Reason.CORRUPT,
                "a stored offer cannot be opened: wrong storage key or damaged store");
    }
}
