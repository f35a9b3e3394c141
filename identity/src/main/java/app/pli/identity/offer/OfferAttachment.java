package app.pli.identity.offer;

import app.pli.core.error.PliException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * What another module stores about an offer in the very transaction that receives or
 * accepts it (the messenger's rendezvous mailbox, this side's new inbox), so that a crash
 * leaves both or neither.
 */
@FunctionalInterface
public interface OfferAttachment {
    /** Attaches nothing. */
    OfferAttachment NONE = (c, offerRowId) -> { };

    /** Runs inside the offer's transaction; it may use only {@code c}. Throwing rolls the step back too. */
    void attach(Connection c, long offerRowId) throws SQLException, PliException;
}
