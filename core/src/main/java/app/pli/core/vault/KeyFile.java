package app.pli.core.vault;

import app.pli.core.crypto.AuthenticationException;
import app.pli.core.crypto.CryptoException;
import app.pli.core.crypto.CryptoRandom;
import app.pli.core.crypto.SymmetricKey;
import app.pli.core.crypto.XChaCha20Poly1305;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The unattended key file: exactly the 32 raw bytes of the storage key, mode 0600.
 *
 * <p>Invariants: the file is created with owner-only permissions in the same system call
 * that creates it ({@code O_CREAT|O_EXCL} with mode 0600), so it is never readable by
 * others, not even for an instant, and an existing file is never overwritten. A key file
 * that other users can access is refused on unlock, as ssh refuses such a private key.
 */
final class KeyFile {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final byte[] CHECK_AAD = "pli/v1/vault/key-check".getBytes(StandardCharsets.US_ASCII);

    private KeyFile() {}

    /** Writes {@code key} to a new file {@code file}, readable and writable by its owner only. */
    static void create(Path file, SymmetricKey key) throws VaultException {
        byte[] bytes = key.bytes();
        try (FileChannel channel = FileChannel.open(file,
                EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                PosixFilePermissions.asFileAttribute(OWNER_ONLY))) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
            // The umask may have removed bits; set exactly 0600 (this never widens access).
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        } catch (FileAlreadyExistsException e) {
            throw new VaultException(VaultException.Reason.ALREADY_CREATED,
                    "key file " + file + " already exists; refusing to overwrite it", e);
        } catch (UnsupportedOperationException e) {
            throw new VaultException(VaultException.Reason.KEY_FILE_IO, "cannot create key file " + file
                    + ": this file system cannot restrict a file to its owner", e);
        } catch (IOException e) {
            throw new VaultException(VaultException.Reason.KEY_FILE_IO,
                    "cannot write key file " + file + ": " + describe(e), e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** Deletes a key file this process just created, after the vault row failed to commit. */
    static void deleteAfterFailure(Path file, Throwable failure) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * The storage key in {@code file}.
     *
     * @throws VaultException if the file is missing, accessible by others, unreadable or
     *     not 32 bytes long
     */
    /**
     * Overwrites the key file with random bytes, forces them to disk and deletes it; nothing
     * when there is no file. Not following a symbolic link: a link is only deleted.
     */
    static void shred(Path file) throws VaultException {
        try {
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                    long size = channel.size();
                    channel.write(ByteBuffer.wrap(CryptoRandom.bytes((int) Math.min(size, 4096))), 0);
                    channel.force(true);
                }
            }
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new VaultException(VaultException.Reason.KEY_FILE_IO,
                    "cannot destroy the key file " + file + ": " + describe(e));
        }
    }

    static SymmetricKey read(Path file, String profile) throws VaultException {
        if (!Files.exists(file)) {
            throw new VaultException(VaultException.Reason.KEY_FILE_MISSING,
                    "key file " + file + " of profile " + profile + " is missing; the profile cannot be opened");
        }
        requireOwnerOnly(file);
        byte[] bytes = null;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(SymmetricKey.BYTES + 1);
            return SymmetricKey.of(bytes);
        } catch (CryptoException e) {
            throw new VaultException(VaultException.Reason.DAMAGED,
                    "key file " + file + " is not a Pli storage key (wrong length)", e);
        } catch (IOException e) {
            throw new VaultException(VaultException.Reason.KEY_FILE_IO,
                    "cannot read key file " + file + ": " + describe(e), e);
        } finally {
            if (bytes != null) {
                Arrays.fill(bytes, (byte) 0);
            }
        }
    }

    /** A value sealed under {@code key} that lets {@link #belongs} recognise the key later. */
    static byte[] checkValue(SymmetricKey key) {
        return XChaCha20Poly1305.seal(key, CHECK_AAD, new byte[0]);
    }

    /** Whether {@code key} is the key {@code checkValue} was made with. */
    static boolean belongs(SymmetricKey key, byte[] checkValue) {
        try {
            XChaCha20Poly1305.open(key, CHECK_AAD, checkValue);
            return true;
        } catch (AuthenticationException e) {
            return false;
        }
    }

    private static void requireOwnerOnly(Path file) throws VaultException {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException e) {
            return; // no POSIX permissions to check on this file system
        } catch (IOException e) {
            throw new VaultException(VaultException.Reason.KEY_FILE_IO,
                    "cannot read key file " + file + ": " + describe(e), e);
        }
        Set<PosixFilePermission> others = EnumSet.noneOf(PosixFilePermission.class);
        others.addAll(permissions);
        others.removeAll(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE));
        if (!others.isEmpty()) {
            throw new VaultException(VaultException.Reason.KEY_FILE_EXPOSED, "key file " + file
                    + " is accessible by other users (" + PosixFilePermissions.toString(permissions)
                    + "); restrict it with: chmod 600 " + file);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }
}
