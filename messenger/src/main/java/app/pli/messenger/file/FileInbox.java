package app.pli.messenger.file;

import app.pli.core.error.PliException;
import app.pli.messenger.conversation.IncomingFiles;
import app.pli.messenger.envelope.FileRef;
import app.pli.messenger.envelope.TextPayload;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The file layer's side of receiving and resending texts: a received text's files are
 * recorded as offered (wanted at once up to the auto-download limit); a text sent again
 * carries the references of its uploaded files.
 */
final class FileInbox implements IncomingFiles {
    private final FileStore store;
    private final FileSettings settings;
    private final Clock clock;

    FileInbox(FileStore store, FileSettings settings, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void offered(Connection c, long contactId, TextPayload text) throws SQLException, PliException {
        if (text.files().isEmpty()) {
            return;
        }
        long limit = settings.autoDownloadLimit(c);
        for (FileRef ref : text.files()) {
            store.insertIncoming(c, contactId, text.messageId(), ref, ref.size() <= limit, clock.millis());
        }
    }

    @Override
    public List<FileRef> sent(Connection c, byte[] messageId) throws SQLException, PliException {
        List<FileRef> refs = new ArrayList<>();
        for (FileRow row : store.ofMessage(c, messageId, true)) {
            refs.add(row.ref());
        }
        return refs;
    }
}
