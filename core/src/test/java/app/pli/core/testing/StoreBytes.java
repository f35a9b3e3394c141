package app.pli.core.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A store's bytes as they lie on disk, for tests that check what a deletion leaves behind. */
public final class StoreBytes {
    private StoreBytes() {}

    /** The raw bytes of {@code folder/fileName} and of its write-ahead log (when present), concatenated. */
    public static byte[] rawBytes(Path folder, String fileName) throws IOException {
        byte[] main = Files.readAllBytes(folder.resolve(fileName));
        Path wal = folder.resolve(fileName + "-wal");
        byte[] log = Files.exists(wal) ? Files.readAllBytes(wal) : new byte[0];
        byte[] all = new byte[main.length + log.length];
        System.arraycopy(main, 0, all, 0, main.length);
        System.arraycopy(log, 0, all, main.length, log.length);
        return all;
    }

    /** Whether {@code needle} occurs in {@code haystack}. */
    public static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
