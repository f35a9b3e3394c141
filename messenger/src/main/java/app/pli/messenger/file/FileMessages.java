package app.pli.messenger.file;

import app.pli.core.error.PliException;
import app.pli.messenger.envelope.FileRef;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What the file layer needs of conversations and groups, in the caller's transaction:
 * checking a message's recipient before its files are taken in, queuing the message once
 * its files are uploaded, and naming contacts.
 */
public interface FileMessages {
    /** The row of the contact {@code name}, who must have a session (else a one-line error). */
    long contactRow(Connection c, String name) throws SQLException, PliException;

    /** The row of the group {@code group}, which this profile may write to (else a one-line error). */
    long groupRow(Connection c, String group) throws SQLException, PliException;

    /** Records and queues the text {@code messageId} with its uploaded files, to a contact or a group. */
    void release(Connection c, FileStore.WaitingMessage message, List<FileRef> files) throws SQLException, PliException;

    /** Hands what was just queued to the relay now if it answers at once (else the daemon or a sync does). */
    void deliverNow() throws PliException;

    /** The contact's current name. */
    String contactName(Connection c, long contactId) throws SQLException, PliException;
}
