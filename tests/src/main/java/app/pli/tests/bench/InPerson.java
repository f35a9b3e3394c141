package app.pli.tests.bench;

import app.pli.core.error.PliException;
import app.pli.messenger.api.ContactInfo;
import app.pli.messenger.api.InvitationTicket;
import app.pli.messenger.api.Messenger;
import java.time.Duration;
import java.util.Optional;

/** Two profiles of one process meet as in person: invitation, syncs, both compare codes. */
final class InPerson {
    private InPerson() {}

    /**
     * {@code invitee} accepts {@code inviter}'s invitation and both verify each other's code;
     * {@code invitee} must have no other contact, {@code inviter} no other unverified one.
     */
    static void meet(Messenger inviter, Messenger invitee) throws PliException {
        InvitationTicket ticket = inviter.invite(Duration.ofMinutes(10));
        invitee.accept(ticket.code(), Optional.empty());
        for (int round = 0; round < 3; round++) {
            inviter.sync();
            invitee.sync();
        }
        ContactInfo inviteeAtInviter = inviter.contacts().stream().filter(c -> c.code().isPresent())
                .filter(c -> !c.verified()).findFirst().orElseThrow();
        ContactInfo inviterAtInvitee = invitee.contacts().get(0);
        inviter.verify(inviteeAtInviter.name(), inviterAtInvitee.code().orElseThrow());
        invitee.verify(inviterAtInvitee.name(), inviteeAtInviter.code().orElseThrow());
        inviter.sync();
        invitee.sync();
    }
}
