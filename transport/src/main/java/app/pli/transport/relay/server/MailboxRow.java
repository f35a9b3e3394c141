package app.pli.transport.relay.server;

import java.util.Arrays;

/**
 * One mailbox as stored: its row id, its registered public key and its lock key (null
 * when anyone may deposit). The raw keys are compared, never parsed, by the store.
 */
record MailboxRow(long id, byte[] mailboxKey, byte[] senderKey) {
    /** Whether {@code claimedKey} is this mailbox's registered key. */
    boolean ownedBy(byte[] claimedKey) {
        return Arrays.equals(mailboxKey, claimedKey);
    }

    /** Whether a deposit by the (already verified) sender {@code verifiedSender} is allowed; null means anonymous. */
    boolean admits(byte[] verifiedSender) {
        return senderKey == null || (verifiedSender != null && Arrays.equals(senderKey, verifiedSender));
    }
}
