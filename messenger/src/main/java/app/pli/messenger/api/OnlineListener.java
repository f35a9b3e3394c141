package app.pli.messenger.api;

/**
 * Hears what an {@link OnlineSession} does. Calls arrive one at a time on the session's
 * own thread; a listener should return quickly.
 */
public interface OnlineListener {
    /** A new message from a contact was stored. */
    void received(MessageInfo message);

    /** Something could not be done now (an unreachable relay, a refused request); it is retried. */
    default void problem(String line) {}

    /** A contact's introduction advanced (for example, codes are now to be compared). */
    default void introductionAdvanced() {}
}
