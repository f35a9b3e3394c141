package app.pli.messenger.file;

import app.pli.core.db.Database;
import app.pli.core.error.PliException;
import app.pli.messenger.lan.LanFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Serves the data blocks of the files this profile sent to contacts that ask over a LAN
 * link. Knowing a file's 16-byte random id, which travels only inside messages to its
 * recipients, is what lets a contact ask; the blocks are sealed under the file's key anyway.
 */
final class LanFileServer implements LanFiles.Served {
    private final Database database;
    private final FileStore store;
    private final Path folder;
    /** The file served last, its blocks open: a download asks for its blocks many times in a row. */
    private Served last;

    /** A served file: its id, data block count and open blocks. */
    private record Served(byte[] fileId, int dataBlocks, LocalBlocks blocks) {}

    LanFileServer(Database database, FileStore store, Path folder) {
        this.database = Objects.requireNonNull(database, "database");
        this.store = Objects.requireNonNull(store, "store");
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    @Override
    public synchronized Optional<byte[]> block(long contactId, byte[] fileId, int index) throws PliException {
        try {
            if (last == null || !java.util.Arrays.equals(last.fileId(), fileId)) {
                Optional<FileRow> row = database.read(c -> store.outgoing(c, fileId));
                if (row.isEmpty()) {
                    return Optional.empty();
                }
                if (last != null) {
                    last.blocks().close();
                    last = null;
                }
                last = new Served(fileId.clone(), FileLayout.dataBlocks(row.get().ref().size()),
                        LocalBlocks.open(folder, row.get().id()));
            }
            if (index < 0 || index >= last.dataBlocks()) {
                return Optional.empty();
            }
            return Optional.of(last.blocks().read(index));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Closes the blocks of the file served last. */
    synchronized void close() throws IOException {
        if (last != null) {
            last.blocks().close();
            last = null;
        }
    }
}
