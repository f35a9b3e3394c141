package app.pli.messenger.file;

import app.pli.core.crypto.ConstantTime;
import app.pli.core.crypto.Sha256;
import app.pli.messenger.envelope.FileRef;
import java.util.BitSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A download's hash of the file, computed as its data blocks arrive, in order, so that a
 * complete download need not read and open every block again to check it. Blocks that
 * arrive ahead of the next one wait (at most {@value #MAX_WAITING}); it gives up, and the
 * download checks the whole file at the end instead, when more wait, when a block has the
 * wrong length, or when the download resumes blocks fetched by an earlier run.
 *
 * <p>{@link #offer} may run on any thread; {@link #advance} and {@link #matches} on the
 * downloading thread only.
 */
final class RunningHash {
    static final int MAX_WAITING = 4096;

    private final FileRef ref;
    private final int dataBlocks;
    private final Sha256.Incremental hash = Sha256.incremental();
    private final Map<Integer, byte[]> waiting = new ConcurrentHashMap<>();
    private volatile boolean usable;
    private int next;

    /** A hash for a download whose blocks {@code doneAtStart} are already there (usable only if none are). */
    RunningHash(FileRef ref, BitSet doneAtStart) {
        this.ref = ref;
        this.dataBlocks = FileLayout.dataBlocks(ref.size());
        this.usable = doneAtStart.isEmpty();
    }

    /** Data block {@code index} arrived, opened and stored. */
    void offer(int index, byte[] data) {
        if (!usable || index < next || index >= dataBlocks) {
            return;
        }
        waiting.put(index, data);
        if (waiting.size() > MAX_WAITING) {
            giveUp();
        }
    }

    /** Hashes the blocks that now follow in order. */
    void advance() {
        for (byte[] data = waiting.remove(next); usable && data != null; data = waiting.remove(next)) {
            if (data.length != FileLayout.chunkLength(ref.size(), next)) {
                giveUp();
                return;
            }
            hash.update(data, 0, data.length);
            next++;
        }
    }

    /** Whether the whole file hashed in order to its expected hash; empty if this could not tell. */
    Optional<Boolean> matches() {
        advance();
        if (!usable || next < dataBlocks) {
            return Optional.empty();
        }
        return Optional.of(ConstantTime.equals(hash.digest(), ref.sha256()));
    }

    private void giveUp() {
        usable = false;
        waiting.clear();
    }
}
