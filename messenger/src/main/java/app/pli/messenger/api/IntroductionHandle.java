package app.pli.messenger.api;

/** Names one introduction of this profile (an invitation made or accepted). */
public record IntroductionHandle(long id) {}
