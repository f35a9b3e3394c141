package app.pli.messenger.api;

import app.pli.core.error.PliException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One open profile: its identity, contacts and the introductions in progress. Not safe for
 * use by several threads at once; {@link #close()} releases the store.
 */
public interface Messenger extends AutoCloseable {
    ProfileInfo id() throws PliException;

    /** Sets or changes the home relay; validates the address token. */
    ProfileInfo useRelay(String relayAddress) throws PliException;

    /** Creates a one-time invitation on the home relay (needs one), ttl default 24h (pass null for it). */
    default InvitationTicket invite(Duration ttl) throws PliException {
        return invite(ttl, LanMode.OFF);
    }

    /**
     * Creates a one-time invitation: with {@code lan} enabled, its code names an endpoint on
     * this host's chosen interface (no relay needed; a waiting {@link #awaitCode} or the
     * profile's running daemon serves it), else a mailbox on the home relay.
     */
    InvitationTicket invite(Duration ttl, LanMode lan) throws PliException;

    /** As {@link #accept(String, Optional, LanMode)} with LAN codes allowed, from the default interface. */
    default ContactInfo accept(String code, Optional<String> contactName) throws PliException {
        return accept(code, contactName, LanMode.on(Optional.empty()));
    }

    /**
     * Reads a text code; starts the exchange (sends M1 now if the inviter's relay or LAN
     * endpoint answers, else at sync). A code naming a LAN endpoint is refused unless
     * {@code lan} is enabled; its interface, if given, is where the connection leaves from.
     */
    ContactInfo accept(String code, Optional<String> contactName, LanMode lan) throws PliException;

    /** Reads the code from a PNG/JPEG photo or screenshot of a QR code. */
    default ContactInfo acceptImage(Path image, Optional<String> contactName) throws PliException {
        return acceptImage(image, contactName, LanMode.on(Optional.empty()));
    }

    /** As {@link #accept(String, Optional, LanMode)}, reading the code from a photo or screenshot of its QR code. */
    ContactInfo acceptImage(Path image, Optional<String> contactName, LanMode lan) throws PliException;

    /** The QR code of a ticket's code, for a terminal (ansi: colours for a tty). */
    String qrForTerminal(String code, boolean ansi) throws PliException;

    /** Writes the QR code of a ticket's code as a PNG (mode 0600). */
    void writeQrPng(String code, Path png) throws PliException;

    /**
     * The user typed what the other person's screen shows: the 4-digit code of an
     * introduction in person, or, for an introduced contact, the 60-digit safety code (a
     * match makes it verified in person).
     */
    VerifyOutcome verify(String contactName, String typedCode) throws PliException;

    /** The safety code to compare in person with the introduced contact {@code contactName}. */
    String safetyCode(String contactName) throws PliException;

    /**
     * Introduces two contacts (verified in person, or introduced themselves) to each other:
     * each receives an offer, inside its session, with the other's keys. The offer's id.
     *
     * @param ttl how long the offer lives (null: 7 days; at most 30)
     */
    String introduce(String first, String second, Optional<String> note, Duration ttl) throws PliException;

    /** Every offer received, answered ones too. */
    List<OfferInfo> offers() throws PliException;

    /** Accepts an offer (by id or a unique prefix), naming the new contact {@code name} if given. */
    OfferInfo acceptOffer(String id, Optional<String> name) throws PliException;

    /** Declines an offer; the other side is told. */
    OfferInfo declineOffer(String id) throws PliException;

    List<ContactInfo> contacts() throws PliException;

    void renameContact(String oldName, String newName) throws PliException;

    void removeContact(String name) throws PliException;

    /** Connects to the relays involved, advances every pending exchange, delivers and receives, returns. */
    SyncReport sync() throws PliException;

    /**
     * Waits (syncing repeatedly, or subscribed) until the introduction started by
     * ticket/contact has a code to compare, or timeout.
     */
    Optional<ContactInfo> awaitCode(IntroductionHandle handle, Duration timeout) throws PliException;

    /**
     * Records {@code text} for the contact and queues it in one transaction, then tries once
     * to hand it to the relay (bounded wait). The returned status says whether it got there.
     */
    MessageInfo send(String contactName, String text) throws PliException;

    /** The last {@code limit} messages with the contact, oldest first. */
    List<MessageInfo> messages(String contactName, int limit) throws PliException;

    /** The profile's groups. */
    MessengerGroups groups();

    /** The profile's files: sending, listing, fetching and saving them. */
    MessengerFiles files();

    /** Goes online (relays only) until the returned session is closed; see {@link OnlineSession}. */
    default OnlineSession goOnline(OnlineListener listener) throws PliException {
        return goOnline(listener, LanMode.OFF);
    }

    /** Goes online, on the LAN too if {@code lan} says so, until the returned session is closed. */
    OnlineSession goOnline(OnlineListener listener, LanMode lan) throws PliException;

    @Override
    void close() throws PliException;
}
