package app.pli.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the independent test vectors in {@code ../shared/vectors} beside the checkout
 * (or in {@code PLI_VECTORS}), read in place and never copied into the repository.
 *
 * <p>A test that needs them calls {@link #require(String)}: when the folder is absent the
 * test is skipped with a message that says where it looked; when present, the file is
 * returned and a failing vector fails the test.
 */
public final class TestVectors {
    private TestVectors() {}

    /** The vectors folder, if one can be found from the working directory upwards. */
    public static Optional<Path> root() {
        String override = System.getenv("PLI_VECTORS");
        if (override != null && !override.isBlank()) {
            Path p = Path.of(override);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared/vectors").normalize();
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The vector file at {@code relative} (for example {@code wycheproof/x25519_test.json});
     * skips the calling test, with a clear message, when the vectors folder is absent.
     */
    public static Path require(String relative) {
        Optional<Path> root = root();
        Assumptions.assumeTrue(root.isPresent(),
                "SKIPPED: test vectors not found: expected ../shared/vectors beside the checkout"
                        + " (or set PLI_VECTORS); needed for " + relative);
        Path file = root.get().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("vectors folder " + root.get() + " lacks " + relative);
        }
        return file;
    }
}
