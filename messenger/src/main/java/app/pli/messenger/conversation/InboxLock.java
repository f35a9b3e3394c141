package app.pli.messenger.conversation;

/**
 * The lock state of a contact inbox, persisted in {@code session.inbox_lock}: a session
 * starts {@link #TO_LOCK}; once the relay confirmed the lock to the contact's sender key it
 * is {@link #LOCKED}. A sync retries {@code TO_LOCK} until it succeeds.
 */
public enum InboxLock {
    TO_LOCK(0),
    LOCKED(1);

    private final int code;

    InboxLock(int code) {
        this.code = code;
    }

    int code() {
        return code;
    }

    static InboxLock fromCode(int code) {
        return code == LOCKED.code ? LOCKED : TO_LOCK;
    }
}
