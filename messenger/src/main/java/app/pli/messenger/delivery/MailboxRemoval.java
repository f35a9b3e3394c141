package app.pli.messenger.delivery;

import app.pli.core.error.PliException;
import app.pli.messenger.mailbox.MailboxStore;
import app.pli.messenger.mailbox.OwnedMailbox;
import app.pli.transport.relay.client.RelayException;
import app.pli.transport.relay.wire.RelayAddressException;
import java.util.function.Predicate;

/**
 * Deletes the owned mailboxes that served their purpose: at the relay first, then locally,
 * so a mailbox is never forgotten while the relay still holds it. A relay that does not
 * answer keeps its mailboxes for a later sync; one that refuses is named in the report.
 */
public final class MailboxRemoval {
    private MailboxRemoval() {}

    /** Deletes every mailbox of {@code mailboxes} that {@code obsolete} says served its purpose. */
    public static void removeObsolete(RelayLinks links, MailboxStore mailboxes, Predicate<OwnedMailbox> obsolete,
            SyncTally tally) throws PliException {
        for (OwnedMailbox mailbox : mailboxes.all()) {
            if (!obsolete.test(mailbox) || !links.reachable(mailbox.relayAddress())) {
                continue;
            }
            try {
                links.delete(mailbox.relayAddress(), mailbox.credentials());
                mailboxes.delete(mailbox.id());
            } catch (RelayUnreachableException e) {
                // Named once in the report by the links; deleted at a later sync.
            } catch (RelayException | RelayAddressException e) {
                tally.problem("a mailbox no longer needed could not be deleted at relay "
                        + RelayLinks.hostAndPort(mailbox.relayAddress()) + ": " + e.getMessage());
            }
        }
    }
}
