package app.pli.messenger.conversation;

import app.pli.core.error.PliException;
import app.pli.messenger.envelope.GroupStatePayload;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/**
 * What the conversation layer asks of groups while it receives, in the transaction that
 * decrypted the envelope: where a group text belongs, and taking a group's signed version.
 */
public interface IncomingGroups {
    /** Knows no group: texts are refused, versions too. */
    IncomingGroups NONE = new IncomingGroups() {
        @Override
        public Placement place(Connection c, long contactId, byte[] groupId) {
            return new Placement.Refuse("groups are not taken here");
        }

        @Override
        public boolean state(Connection c, long contactId, GroupStatePayload state) {
            return false;
        }

        @Override
        public Optional<byte[]> groupId(Connection c, long groupRow) {
            return Optional.empty();
        }
    };

    /** Where a text to a group goes. */
    sealed interface Placement {
        /** Shown in the group of row {@code groupRow}: the sender is a member of it as this side knows it. */
        record Show(long groupRow) implements Placement {}

        /**
         * Kept aside: the group, or the sender's place in it, is not known here yet (the
         * version that adds it may still be on its way).
         */
        record Hold() implements Placement {}

        /** Dropped: this side left the group, was removed from it, or never will see it. */
        record Refuse(String reason) implements Placement {
            public Refuse {
                Objects.requireNonNull(reason, "reason");
            }
        }
    }

    /** Where a text from the contact {@code contactId} to the group {@code groupId} goes. */
    Placement place(Connection c, long contactId, byte[] groupId) throws SQLException, PliException;

    /**
     * Takes a group version the contact {@code contactId} sent; whether a group's state
     * changed (so held texts are placed again).
     *
     * @throws PliException if the version does not hold (the caller refuses the message)
     */
    boolean state(Connection c, long contactId, GroupStatePayload state) throws SQLException, PliException;

    /** The id of the group of row {@code groupRow}, to send one of its texts again. */
    Optional<byte[]> groupId(Connection c, long groupRow) throws SQLException, PliException;
}
