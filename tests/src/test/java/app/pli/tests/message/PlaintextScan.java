package app.pli.tests.message;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The raw bytes of every regular file under some folders (databases, their WAL and shared
 * memory files, key files, logs), searched for a text's UTF-8 bytes in clear.
 */
final class PlaintextScan {
    private final List<Path> files = new ArrayList<>();
    private final List<byte[]> contents = new ArrayList<>();

    private PlaintextScan() {}

    /** Reads every regular file under {@code roots} as it is on disk now. */
    static PlaintextScan of(Path... roots) throws IOException {
        PlaintextScan scan = new PlaintextScan();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                    scan.files.add(file);
                    scan.contents.add(Files.readAllBytes(file));
                }
            }
        }
        return scan;
    }

    /** Every file read. */
    List<Path> files() {
        return List.copyOf(files);
    }

    /** The files whose bytes contain {@code text} in UTF-8. */
    List<Path> filesHolding(String text) {
        return filesHoldingBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The files whose bytes contain {@code needle}. */
    List<Path> filesHoldingBytes(byte[] needle) {
        List<Path> holding = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (indexOf(contents.get(i), needle) >= 0) {
                holding.add(files.get(i));
            }
        }
        return holding;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
