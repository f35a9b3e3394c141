package app.pli.identity.intro;

import app.pli.identity.invite.Invitation;
import java.util.Objects;

/**
 * A new invitation and the id of the introduction that waits for its answer: the
 * messenger passes what arrives on the invitation's route to
 * {@link Introductions#receive} with this id.
 */
public record CreatedInvitation(long introductionId, Invitation invitation) {
    public CreatedInvitation {
        Objects.requireNonNull(invitation, "invitation");
    }
}
