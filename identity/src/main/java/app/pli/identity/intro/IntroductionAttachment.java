package app.pli.identity.intro;

import app.pli.core.error.PliException;
import app.pli.identity.invite.Invitation;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * What another module stores about an introduction in the very transaction that creates it
 * (the messenger's mailboxes linked to it, the endpoint of a LAN introduction), so that a
 * crash leaves both or neither: never an introduction without the state it needs to proceed.
 */
@FunctionalInterface
public interface IntroductionAttachment {
    /** Attaches nothing. */
    IntroductionAttachment NONE = (c, introductionId, invitation) -> { };

    /**
     * Runs inside the transaction that created introduction {@code introductionId} from (or
     * for) {@code invitation}; it may use only {@code c}. Throwing rolls the introduction back too.
     */
    void attach(Connection c, long introductionId, Invitation invitation) throws SQLException, PliException;
}
