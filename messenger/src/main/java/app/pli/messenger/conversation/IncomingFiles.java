package app.pli.messenger.conversation;

import app.pli.core.error.PliException;
import app.pli.messenger.envelope.FileRef;
import app.pli.messenger.envelope.TextPayload;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Where the files texts carry are kept, in the receiving or resending transaction: the file
 * layer records what a contact offered, and gives back what this side sent with a message
 * when it must be sent again.
 */
public interface IncomingFiles {
    /** Keeps nothing and has nothing: for tests that send no files. */
    IncomingFiles NONE = new IncomingFiles() {
        @Override
        public void offered(Connection c, long contactId, TextPayload text) { }

        @Override
        public List<FileRef> sent(Connection c, byte[] messageId) {
            return List.of();
        }
    };

    /** Records the files of {@code text}, just stored from the contact (nothing if it carries none). */
    void offered(Connection c, long contactId, TextPayload text) throws SQLException, PliException;

    /** The references of the files this side sent with message {@code messageId}, in order. */
    List<FileRef> sent(Connection c, byte[] messageId) throws SQLException, PliException;
}
