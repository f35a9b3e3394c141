package app.pli.messenger.file;

import app.pli.core.crypto.CryptoRandom;
import app.pli.core.crypto.Sha256;
import app.pli.core.error.PliException;
import app.pli.messenger.envelope.FileRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Takes a file the user sends into the profile: checks it, then reads it once, hashing it
 * and sealing its blocks under a fresh secret into {@link LocalBlocks}, so the upload (and
 * any resumption of it) works from the profile's encrypted copy, whatever happens to the
 * original afterwards.
 */
final class FileImport {
    private FileImport() {}

    /** A file taken in: its local row id and its reference (no segments yet). */
    record Imported(long rowId, FileRef ref) {}

    /**
     * Refuses what cannot be sent, before anything is written.
     *
     * @throws PliException one line: missing, a directory, unreadable, too large, a bad name
     */
    static void check(Path source) throws PliException {
        if (!Files.exists(source)) {
            throw new PliException("no file at " + source);
        }
        if (Files.isDirectory(source)) {
            throw new PliException(source + " is a folder; send the files in it one by one, or an archive of it");
        }
        if (!Files.isRegularFile(source) || !Files.isReadable(source)) {
            throw new PliException("cannot read " + source);
        }
        long size;
        try {
            size = Files.size(source);
        } catch (IOException e) {
            throw new PliException("cannot read " + source + ": " + e.getMessage());
        }
        if (size > FileLayout.MAX_FILE_BYTES) {
            throw new PliException(source.getFileName() + " is " + Sizes.human(size) + "; files are at most 1 GiB");
        }
        String name = name(source);
        if (name.getBytes(StandardCharsets.UTF_8).length > FileRef.MAX_NAME_BYTES) {
            throw new PliException("the file name is longer than " + FileRef.MAX_NAME_BYTES + " bytes; rename it");
        }
    }

    /** Seals {@code source} into the profile's folder under row {@code rowId}. */
    static Imported take(Path source, Path folder, long rowId) throws PliException {
        check(source);
        byte[] secret = CryptoRandom.bytes(FileBlockCipher.SECRET_BYTES);
        try (InputStream in = Files.newInputStream(source); LocalBlocks blocks = LocalBlocks.open(folder, rowId)) {
            long size = Files.size(source);
            int dataBlocks = FileLayout.dataBlocks(size);
            FileBlockCipher cipher = new FileBlockCipher(secret, FileLayout.paddedBlocks(dataBlocks));
            Sha256.Incremental hash = Sha256.incremental();
            byte[] chunk = new byte[FileLayout.CHUNK_BYTES];
            long read = 0;
            for (int index = 0; index < dataBlocks; index++) {
                int length = FileLayout.chunkLength(size, index);
                if (in.readNBytes(chunk, 0, length) != length) {
                    throw new PliException(source.getFileName() + " changed while it was read; send it again");
                }
                read += length;
                hash.update(chunk, 0, length);
                blocks.write(index, cipher.seal(index, chunk, 0, length));
            }
            if (read != size || in.read() >= 0) {
                throw new PliException(source.getFileName() + " changed while it was read; send it again");
            }
            blocks.force();
            return new Imported(rowId, new FileRef(CryptoRandom.bytes(FileRef.FILE_ID_BYTES), name(source), size,
                    hash.digest(), secret, "", List.of()));
        } catch (NoSuchFileException | AccessDeniedException e) {
            throw new PliException("cannot read " + source);
        } catch (IOException e) {
            throw new PliException("cannot take " + source.getFileName() + " into the profile: " + e.getMessage());
        }
    }

    private static String name(Path source) {
        Path name = source.toAbsolutePath().normalize().getFileName();
        return name == null ? "file" : name.toString();
    }
}
