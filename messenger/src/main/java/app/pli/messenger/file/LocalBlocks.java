package app.pli.messenger.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import app.pli.core.block.BlockConstants;

/**
 * The sealed blocks of one file inside the profile ({@code files/<row id>.blocks}): block
 * {@code i} at offset {@code i · 4096}, exactly as it travels, so a file rests encrypted
 * under its own key (which the store keeps sealed). Only data blocks are kept; padding
 * blocks are made again when needed. A second handle, {@code <row id>.lock}, is held while
 * a process transfers the file, so two processes never transfer the same file at once (the
 * operating system lets go of it when a process dies).
 *
 * <p>Not thread-safe.
 */
final class LocalBlocks implements AutoCloseable {
    private static final int BLOCK = BlockConstants.BLOCK_SIZE;

    private final FileChannel channel;

    private LocalBlocks(FileChannel channel) {
        this.channel = channel;
    }

    /** The folder of a profile's files, created owner-only if missing. */
    static Path folder(Path home) throws IOException {
        Path folder = home.resolve("files");
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            restrict(folder, "rwx------");
        }
        return folder;
    }

    static Path path(Path folder, long rowId) {
        return folder.resolve(String.format("%016x.blocks", rowId));
    }

    /** Opens (creating owner-only if needed) the blocks of row {@code rowId}. */
    static LocalBlocks open(Path folder, long rowId) throws IOException {
        Path file = path(folder, rowId);
        if (!Files.exists(file)) {
            Files.createFile(file);
            restrict(file, "rw-------");
        }
        return new LocalBlocks(FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE));
    }

    /** Takes the transfer lock of row {@code rowId}, or empty if another process holds it. */
    static Optional<TransferLock> lock(Path folder, long rowId) throws IOException {
        Path file = folder.resolve(String.format("%016x.lock", rowId));
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            lock = null; // this very process transfers it on another thread
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        return Optional.of(new TransferLock(channel));
    }

    /** The right to transfer one file, until closed. */
    static final class TransferLock implements AutoCloseable {
        private final FileChannel channel;

        private TransferLock(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    void write(int index, byte[] block) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(block);
        long position = (long) index * BLOCK;
        while (buffer.hasRemaining()) {
            position += channel.write(buffer, position);
        }
    }

    byte[] read(int index) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(BLOCK);
        long position = (long) index * BLOCK;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position);
            if (n < 0) {
                throw new IOException("the file's local copy is shorter than expected");
            }
            position += n;
        }
        return buffer.array();
    }

    /** Writes what was written so far to the disk. */
    void force() throws IOException {
        channel.force(false);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** Deletes the blocks and lock of row {@code rowId}. */
    static void delete(Path folder, long rowId) throws IOException {
        Files.deleteIfExists(path(folder, rowId));
        Files.deleteIfExists(folder.resolve(String.format("%016x.lock", rowId)));
    }

    private static void restrict(Path path, String permissions) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

}
