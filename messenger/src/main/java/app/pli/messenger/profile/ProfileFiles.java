package app.pli.messenger.profile;

import app.pli.core.error.PliException;
import app.pli.messenger.api.Profiles;
import app.pli.identity.profile.ProfileExistsException;
import app.pli.identity.profile.ProfileMissingException;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files of a profile in its home directory: {@value #DATABASE} (the one SQLite store)
 * and, for an unattended profile only, {@value #KEY_FILE} (the raw storage key, mode 0600).
 * Either file marks the directory as holding a profile, so init never overwrites one.
 */
final class ProfileFiles {
    static final String DATABASE = Profiles.STORE_FILE;
    static final String KEY_FILE = "storage.key";
    /** Where the blocks of sent and received files live ({@code app.pli.messenger.file.LocalBlocks}). */
    static final String FILES_FOLDER = "files";
    private static final List<String> DATABASE_SIDE_FILES = List.of("-wal", "-shm", "-journal");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private final Path home;

    private ProfileFiles(Path home) {
        this.home = home;
    }

    static ProfileFiles at(Path home) {
        return new ProfileFiles(home.toAbsolutePath().normalize());
    }

    Path database() {
        return home.resolve(DATABASE);
    }

    Path keyFile() {
        return home.resolve(KEY_FILE);
    }

    /** Refuses a home without a profile, before anything is created there. */
    void requireProfile() throws ProfileMissingException {
        if (!Files.isRegularFile(database())) {
            throw new ProfileMissingException("no profile in " + home + "; create one with: pli init");
        }
    }

    /** Refuses a home that holds a profile (or the remains of one). */
    void refuseExisting() throws ProfileExistsException {
        if (Files.exists(database(), LinkOption.NOFOLLOW_LINKS) || Files.exists(keyFile(), LinkOption.NOFOLLOW_LINKS)) {
            throw new ProfileExistsException("a profile already exists in " + home);
        }
    }

    /** Creates the home directory (mode 0700) unless it exists; whether it did. */
    boolean createHome() throws PliException {
        if (Files.isDirectory(home)) {
            return false;
        }
        if (Files.exists(home, LinkOption.NOFOLLOW_LINKS)) {
            throw new PliException(home + " exists and is not a directory");
        }
        try {
            Path parent = home.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.createDirectory(home, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            // The umask may have removed bits; set exactly 0700 (this never widens access).
            Files.setPosixFilePermissions(home, OWNER_ONLY);
            return true;
        } catch (UnsupportedOperationException e) {
            throw new PliException("cannot create " + home + " readable by its owner only on this file system", e);
        } catch (IOException e) {
            throw new PliException("cannot create " + home + ": " + e.getClass().getSimpleName(), e);
        }
    }

    /** Removes what a failed init created, so that the directory is as before; failures join {@code failure}. */
    void removeAfterFailedInit(boolean createdHome, Throwable failure) {
        try {
            for (String side : DATABASE_SIDE_FILES) {
                Files.deleteIfExists(home.resolve(DATABASE + side));
            }
            Files.deleteIfExists(database());
            Files.deleteIfExists(keyFile());
            if (createdHome) {
                Files.deleteIfExists(home);
            }
        } catch (DirectoryNotEmptyException e) {
            // Someone else put a file in the new directory meanwhile: keep it.
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Deletes every file of the profile (the store and its side files, the key file, the
     * folder of file blocks), then the home directory if nothing else is left in it: files
     * the user keeps there are not Pli's to delete.
     */
    void deleteAll() throws PliException {
        try {
            deleteTree(home.resolve(FILES_FOLDER));
            for (String side : DATABASE_SIDE_FILES) {
                Files.deleteIfExists(home.resolve(DATABASE + side));
            }
            Files.deleteIfExists(database());
            Files.deleteIfExists(keyFile());
            try {
                Files.deleteIfExists(home);
            } catch (DirectoryNotEmptyException e) {
                // Something not Pli's lives there too: keep it, and the directory.
            }
        } catch (IOException e) {
            throw new PliException("cannot delete the files of the profile in " + home + ": "
                    + e.getClass().getSimpleName(), e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @Override
    public String toString() {
        return home.toString();
    }
}
