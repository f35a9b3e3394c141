package app.pli.messenger.api;

import java.util.List;
import java.util.Objects;

/**
 * What one {@link Messenger#sync()} did.
 *
 * @param messagesSent blocks the relays confirmed as durably stored
 * @param messagesReceived blocks fetched and processed
 * @param introductionsAdvanced introductions whose state changed
 * @param textsReceived new texts from contacts stored by this sync
 * @param problems one printable line per relay or exchange that could not be served (never a secret)
 */
public record SyncReport(int messagesSent, int messagesReceived, int introductionsAdvanced, int textsReceived,
        List<String> problems) {
    public SyncReport {
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
    }
}
