package app.pli.messenger.online;

import app.pli.messenger.api.SyncReport;
import app.pli.messenger.conversation.StoredMessage;
import java.util.List;
import java.util.Objects;

/**
 * What one {@link ProfileSync} round did: the report for the user and the texts it stored.
 *
 * @param report the counts and problems
 * @param stored the new texts, in the order they were stored
 */
public record SyncRound(SyncReport report, List<StoredMessage> stored) {
    public SyncRound {
        Objects.requireNonNull(report, "report");
        stored = List.copyOf(stored);
    }
}
