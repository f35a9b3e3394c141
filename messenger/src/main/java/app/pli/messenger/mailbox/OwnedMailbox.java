package app.pli.messenger.mailbox;

import app.pli.transport.relay.client.MailboxCredentials;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A relay mailbox this profile owns.
 *
 * <p>Lifecycle: a mailbox is stored <em>prepared</em> as soon as the relay created it, then
 * <em>linked</em> to the introduction it serves once that exists. A prepared mailbox that
 * was never linked (a crash in between) and a linked one whose introduction is gone are
 * deleted at the relay by sync. {@code toString} shows no secret.
 *
 * @param id the random row id
 * @param purpose what the mailbox is for
 * @param introductionId the introduction it serves, if it serves one (empty while prepared or once orphaned)
 * @param offerId the offer it serves, if it serves one
 * @param linked whether it was ever linked (to an introduction or an offer, or handed over)
 * @param created when the relay created it (to the second)
 * @param relayAddress the address token of the relay that holds it
 * @param credentials the fetch id, deposit id and mailbox key
 */
public record OwnedMailbox(long id, MailboxPurpose purpose, OptionalLong introductionId, OptionalLong offerId,
        boolean linked, Instant created, String relayAddress, MailboxCredentials credentials) {
    public OwnedMailbox {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(introductionId, "introductionId");
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(relayAddress, "relayAddress");
        Objects.requireNonNull(credentials, "credentials");
    }

    /**
     * Whether the mailbox was linked and what it served has since been removed (an
     * introducer's rendezvous serves nobody here and is never an orphan).
     */
    public boolean orphaned() {
        return linked && purpose != MailboxPurpose.INTRODUCER_RENDEZVOUS && introductionId.isEmpty()
                && offerId.isEmpty();
    }

    /** Whether it serves an offer (a rendezvous, or this side's inbox for an introduced contact). */
    public boolean servesOffer() {
        return offerId.isPresent() || purpose == MailboxPurpose.RENDEZVOUS
                || purpose == MailboxPurpose.INTRODUCER_RENDEZVOUS;
    }

    @Override
    public String toString() {
        return "OwnedMailbox[" + id + ", " + purpose + ", " + (linked ? "linked" : "prepared") + "]";
    }
}
