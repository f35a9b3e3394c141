package app.pli.identity.intro;

/**
 * An accepted invitation: the introduction (waiting for M2, which arrives on this side's
 * inbox and is passed to {@link Introductions#receive} with this id) and the pending
 * contact it created.
 */
public record AcceptedInvitation(long introductionId, long contactId) {}
