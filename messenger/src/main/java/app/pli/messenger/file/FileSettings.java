package app.pli.messenger.file;

import app.pli.messenger.api.MessengerFiles;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

/** The profile's file settings, kept in {@code file_setting}. */
final class FileSettings {
    private static final String AUTO_DOWNLOAD = "auto_download_bytes";

    private final FileStore store;

    FileSettings(FileStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Files up to this size download without being asked. */
    long autoDownloadLimit(Connection c) throws SQLException {
        return store.setting(c, AUTO_DOWNLOAD).orElse(MessengerFiles.DEFAULT_AUTO_DOWNLOAD_BYTES);
    }

    void setAutoDownloadLimit(Connection c, long bytes) throws SQLException {
        if (bytes < 0) {
            throw new IllegalArgumentException("the limit is a size in bytes, 0 or more");
        }
        store.setSetting(c, AUTO_DOWNLOAD, bytes);
    }
}
