package app.pli.messenger.lan;

import app.pli.core.error.PliException;
import java.util.Optional;

/**
 * Files over the direct links of a LAN node, as the file layer sees them: asking a contact
 * for blocks of a file it sent, and serving the blocks of files this profile sent. Blocks
 * travel sealed under the file's own key, exactly as they rest on disk and at a relay.
 */
public interface LanFiles {
    /** Hears the answers to requests for one file. Called on a link's callback thread; keep it short. */
    interface Receiver {
        /** Block {@code index} arrived (not yet checked: the caller opens it under the file's key). */
        void block(int index, byte[] block);

        /** The sender cannot serve blocks {@code first .. first + count - 1}. */
        void missing(int first, int count);
    }

    /** The blocks of the files this profile sent, for a contact that asks. */
    @FunctionalInterface
    interface Served {
        /** The sealed block {@code index} of file {@code fileId}, if this profile sent that file and has that block. */
        Optional<byte[]> block(long contactId, byte[] fileId, int index) throws PliException;
    }

    /**
     * Asks contact {@code contactId} for blocks {@code first .. first + count - 1} (1..64) of
     * file {@code fileId}; answers go to {@code receiver} until {@link #forget}. False if no
     * link to the contact is open (nothing was asked).
     */
    boolean request(long contactId, byte[] fileId, int first, int count, Receiver receiver);

    /** Stops handing answers about file {@code fileId} to its receiver. */
    void forget(byte[] fileId);
}
