package app.pli.identity.group;

import app.pli.core.error.PliException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where {@link Groups} hands each change this profile makes, in the transaction that makes
 * it: the messenger queues the new version for its recipients there, so a change is stored
 * and on its way together, or not at all.
 */
@FunctionalInterface
public interface GroupChanges {
    /** Hands changes to no one (for tests of the state alone). */
    GroupChanges NONE = (c, change) -> { };

    /** Takes {@code change}; may use only {@code c}. Throwing undoes the change. */
    void made(Connection c, GroupChange change) throws SQLException, PliException;
}
