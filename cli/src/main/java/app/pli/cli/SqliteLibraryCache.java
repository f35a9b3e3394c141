package app.pli.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;

/**
 * Keeps the SQLite driver's native library in the user's cache ({@code $XDG_CACHE_HOME/pli/native}
 * or {@code ~/.cache/pli/native}) and points the driver at it, instead of letting the driver
 * extract it to a fresh file under {@code /tmp} on every start (and list {@code /tmp}, and run
 * {@code uname} to rule out Android): about a tenth of a second of each command.
 *
 * <p>Invariant: the driver is pointed at a cached file only when its CRC-32 equals that of the
 * library inside the running jar; a file is written under a temporary name and moved into place
 * atomically, so concurrent commands never load a partial one. Anything unusual (not glibc
 * Linux on x86-64 or ARM64, no cache folder, an I/O error, properties already set) leaves the
 * driver to its own way, which is only slower.
 */
final class SqliteLibraryCache {
    private static final String LIBRARY = "libsqlitejdbc.so";

    private SqliteLibraryCache() {}

    /** Sets {@code org.sqlite.lib.path}, {@code .lib.name} and {@code .tmpdir} when the cache can serve. */
    static void install(Map<String, String> env) {
        if (System.getProperty("org.sqlite.lib.path") != null || System.getProperty("org.sqlite.tmpdir") != null) {
            return;
        }
        Optional<String> folder = nativeFolder();
        Optional<Path> cache = cacheFolder(env);
        if (folder.isEmpty() || cache.isEmpty()) {
            return;
        }
        try {
            URL resource = SqliteLibraryCache.class.getResource("/org/sqlite/native/" + folder.get() + "/" + LIBRARY);
            if (resource == null || !(resource.openConnection() instanceof JarURLConnection jar)) {
                return;
            }
            JarEntry entry = jar.getJarEntry();
            String name = "libsqlitejdbc-" + Long.toHexString(entry.getCrc()) + ".so";
            Path cached = cache.get().resolve(name);
            if (!Files.isRegularFile(cached) || crc(cached) != entry.getCrc()) {
                Files.createDirectories(cache.get());
                Path partial = Files.createTempFile(cache.get(), "libsqlitejdbc-", ".part");
                try (InputStream in = resource.openStream()) {
                    Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                }
                if (crc(partial) != entry.getCrc()) {
                    Files.deleteIfExists(partial);
                    return;
                }
                move(partial, cached);
            }
            System.setProperty("org.sqlite.lib.path", cache.get().toString());
            System.setProperty("org.sqlite.lib.name", name);
            System.setProperty("org.sqlite.tmpdir", cache.get().toString());
        } catch (IOException | RuntimeException e) {
            // The driver extracts the library itself, as without the cache.
        }
    }

    /** The driver's folder for this platform, for glibc Linux on x86-64 and ARM64 only. */
    private static Optional<String> nativeFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!os.equals("linux") || isMusl()) {
            return Optional.empty();
        }
        return switch (arch) {
            case "amd64", "x86_64" -> Optional.of("Linux/x86_64");
            case "aarch64" -> Optional.of("Linux/aarch64");
            default -> Optional.empty();
        };
    }

    /** Whether this process runs on musl (Alpine): the driver ships another library for it. */
    private static boolean isMusl() {
        try {
            return Files.readString(Path.of("/proc/self/maps")).contains("musl");
        } catch (IOException | RuntimeException e) {
            return true; // unknown: let the driver decide
        }
    }

    private static Optional<Path> cacheFolder(Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Optional.of(Path.of(xdg, "pli", "native"));
        }
        String home = env.get("HOME");
        if (home != null && !home.isBlank()) {
            return Optional.of(Path.of(home, ".cache", "pli", "native"));
        }
        return Optional.empty();
    }

    private static long crc(Path file) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(Files.readAllBytes(file));
        return crc.getValue();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.deleteIfExists(from);
            throw e;
        }
    }
}
