package app.pli.transport.relay.server;

import app.pli.core.crypto.CryptoException;
import app.pli.core.crypto.X25519;
import app.pli.core.crypto.X25519KeyPair;
import app.pli.core.crypto.X25519PrivateKey;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.EnumSet;

/**
 * The relay's static X25519 key pair, kept as the 32 raw private-key bytes in one file of
 * the data folder, readable by its owner only (mode 0600 where the file system has POSIX
 * permissions). Created on first start and reused afterwards, so the relay's address stays
 * the same across restarts.
 *
 * <p>Creation is atomic: the key is written and synced to a temporary file created with
 * mode 0600, then moved into place, so a crash never leaves a half-written key.
 */
final class StaticKeyFile {
    static final String FILE_NAME = "relay-static-key";

    private StaticKeyFile() {}

    static X25519KeyPair loadOrCreate(Path dataDir) throws RelayServerException {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return load(file);
            }
            return create(file);
        } catch (IOException e) {
            throw new RelayServerException("cannot read or write the relay key " + file + ": " + e.getMessage(), e);
        }
    }

    private static X25519KeyPair load(Path file) throws IOException, RelayServerException {
        byte[] raw = Files.readAllBytes(file);
        try {
            return X25519KeyPair.of(X25519PrivateKey.of(raw));
        } catch (CryptoException e) {
            throw new RelayServerException("the relay key " + file + " is damaged (expected 32 bytes)", e);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    private static X25519KeyPair create(Path file) throws IOException {
        X25519KeyPair pair = X25519.generateKeyPair();
        Path temp = file.resolveSibling(FILE_NAME + ".tmp");
        Files.deleteIfExists(temp);
        byte[] raw = pair.privateKey().bytes();
        try (FileChannel out = FileChannel.open(temp,
                EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly(temp))) {
            out.write(ByteBuffer.wrap(raw));
            out.force(true);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.delete(temp);
            throw e;
        }
        return pair;
    }

    private static FileAttribute<?>[] ownerOnly(Path file) {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
        }
        return new FileAttribute<?>[0];
    }
}
