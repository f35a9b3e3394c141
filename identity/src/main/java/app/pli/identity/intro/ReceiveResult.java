package app.pli.identity.intro;

/**
 * What receiving an introduction message did: it advanced the introduction (keys agreed,
 * the contact is awaiting its code), or it was a message already received, which changed
 * nothing ({@code duplicate}).
 */
public record ReceiveResult(long introductionId, long contactId, boolean duplicate) {}
