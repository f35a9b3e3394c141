package app.pli.messenger.delivery;

import app.pli.core.error.PliException;
import app.pli.identity.route.RelayRoute;
import app.pli.messenger.mailbox.MailboxPurpose;
import app.pli.messenger.mailbox.MailboxStore;
import app.pli.transport.relay.client.MailboxCredentials;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The relay mailboxes one step creates before the transaction that needs them (an
 * invitation, an acceptance, an offer). Each is stored, prepared, as soon as the relay
 * created it, so a crash before that transaction leaves a mailbox that sync deletes after
 * a grace period; a refused step deletes them at once ({@link #discard}). Not thread-safe.
 */
public final class PreparedMailboxes {
    /** A mailbox the relay created for the step; id 0 until it is stored. */
    public record Prepared(long id, String relay, MailboxCredentials credentials) {
        /** Where the one it is for deposits. */
        public RelayRoute route() {
            return new RelayRoute(relay, credentials.depositId().bytes());
        }
    }

    private final RelayLinks links;
    private final MailboxStore mailboxes;
    private final Clock clock;
    private final List<Prepared> prepared = new ArrayList<>();

    public PreparedMailboxes(RelayLinks links, MailboxStore mailboxes, Clock clock) {
        this.links = Objects.requireNonNull(links, "links");
        this.mailboxes = Objects.requireNonNull(mailboxes, "mailboxes");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Creates a mailbox on {@code relay} and stores it prepared for {@code purpose}.
     *
     * @throws RelayUnreachableException if the relay does not answer
     */
    public Prepared create(String relay, MailboxPurpose purpose) throws PliException {
        MailboxCredentials credentials;
        try {
            credentials = links.createMailbox(relay);
        } catch (RelayUnreachableException e) {
            throw new RelayUnreachableException("cannot create a mailbox now: " + e.getMessage());
        }
        // Listed before it is stored, so that a failing insert still deletes it at the relay.
        prepared.add(new Prepared(0, relay, credentials));
        Prepared stored = new Prepared(mailboxes.insertPrepared(purpose, relay, credentials, clock.instant()), relay,
                credentials);
        prepared.set(prepared.size() - 1, stored);
        return stored;
    }

    /** The row ids of the mailboxes created so far, to link them in the step's transaction. */
    public List<Long> ids() {
        List<Long> ids = new ArrayList<>();
        for (Prepared mailbox : prepared) {
            ids.add(mailbox.id());
        }
        return ids;
    }

    /** Best effort: deletes at the relay and locally the mailboxes of a refused step; sync retries what fails. */
    public void discard(Exception failure) {
        for (Prepared mailbox : prepared) {
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
}
