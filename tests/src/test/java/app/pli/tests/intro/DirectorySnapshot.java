package app.pli.tests.intro;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every file under a directory with the SHA-256 of its bytes, so a test can show that a
 * refused command changed nothing on disk. A missing directory is an empty snapshot.
 */
record DirectorySnapshot(Map<String, String> files) {
    static DirectorySnapshot of(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(dir)) {
            return new DirectorySnapshot(files);
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String name = dir.relativize(p).toString();
                files.put(Files.isDirectory(p) ? name + "/" : name, Files.isDirectory(p) ? "" : sha256(p));
            }
        }
        return new DirectorySnapshot(files);
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
