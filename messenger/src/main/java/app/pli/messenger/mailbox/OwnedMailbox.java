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
 * @param introductionId the introduction it serves; empty while prepared or once orphaned
 * @param linked whether it was ever linked to an introduction
 * @param created when the relay created it (to the second)
 * @param relayAddress the address token of the relay that holds it
 * @param credentials the fetch id, deposit id and mailbox key
 */
public record OwnedMailbox(long id, MailboxPurpose purpose, OptionalLong introductionId, boolean linked,
        Instant created, String relayAddress, MailboxCredentials credentials) {
    public OwnedMailbox {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(introductionId, "introductionId");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(relayAddress, "relayAddress");
        Objects.requireNonNull(credentials, "credentials");
    }

    /** Whether the mailbox was linked and its introduction has since been removed. */
    public boolean orphaned() {
        return linked && introductionId.isEmpty();
    }

    @Override
    public String toString() {
        return "OwnedMailbox[" + id + ", " + purpose + ", " + (linked ? "linked" : "prepared") + "]";
    }
}
