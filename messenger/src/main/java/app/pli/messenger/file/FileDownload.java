package app.pli.messenger.file;

import app.pli.core.crypto.AuthenticationException;
import app.pli.core.db.Database;
import app.pli.core.error.PliException;
import app.pli.messenger.delivery.RelayUnreachableException;
import app.pli.messenger.envelope.FileRef;
import app.pli.transport.relay.client.RelayBlock;
import app.pli.transport.relay.wire.BlockId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongConsumer;

/**
 * Downloads one received file: reads its blocks from a {@link BlockSource} (at a relay
 * every block of its padded count, padding too, so the relay cannot tell the real size
 * from the reads; over a LAN link the data blocks only), opens
 * each under the file's key at its index (a block that does not open is not counted and is
 * read again later), stores the data blocks sealed in {@link LocalBlocks}, and saves which
 * are done in batches, after forcing them to disk. When all are there it checks the whole
 * file against its hash: complete, or every block read again (failed after
 * {@value #MAX_ATTEMPTS} mismatches). Reads leave the blocks at the relay, for the other
 * members of a group.
 */
final class FileDownload {
    static final int MAX_ATTEMPTS = 3;
    /** The pause between passes that found nothing new. */
    static final long FOLLOW_PAUSE_MILLIS = 100;
    /** Disk space kept free beyond the file itself. */
    static final long SPACE_MARGIN = 16L << 20;

    private final Database database;
    private final FileStore store;
    private final Path folder;

    FileDownload(Database database, FileStore store, Path folder) {
        this.database = Objects.requireNonNull(database, "database");
        this.store = Objects.requireNonNull(store, "store");
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    /**
     * Refuses a download the disk cannot hold (nothing is fetched; the file stays as it is).
     *
     * @throws PliException one line saying how much is needed and free
     */
    void checkSpace(FileRow row) throws PliException {
        long needed = (long) (FileLayout.dataBlocks(row.ref().size()) - row.done().get(0,
                FileLayout.dataBlocks(row.ref().size())).cardinality()) * app.pli.core.block.BlockConstants.BLOCK_SIZE;
        try {
            long free = Files.getFileStore(folder).getUsableSpace();
            if (free < needed + SPACE_MARGIN) {
                String reason = "not enough disk space for " + row.ref().name() + ": it needs " + Sizes.human(needed)
                        + " and " + Sizes.human(free) + " is free";
                database.write(c -> {
                    store.reason(c, row.id(), row.state(), reason);
                    return null;
                });
                throw new PliException(reason);
            }
        } catch (IOException e) {
            throw new PliException("cannot tell the free disk space: " + e.getMessage());
        }
    }

    /**
     * Fetches what is missing of {@code row} from {@code source}, in passes over the missing
     * blocks; while a pass brings new blocks (a sender may still be uploading: its message
     * goes out once the file mailboxes exist), another follows, and blocks nobody has yet are
     * asked again until {@value #FOLLOW_PAUSE_MILLIS} ms pauses have brought nothing for the
     * source's timeout. Returns the row as it ends.
     *
     * @throws PliException one line, when the source stops answering
     */
    FileRow run(FileRow row, BlockSource source, LongConsumer progress) throws PliException {
        checkSpace(row);
        FileRef ref = row.ref();
        FileBlockCipher cipher = new FileBlockCipher(ref.secret(), row.blocks());
        int needed = source.readsPadding() ? row.blocks() : FileLayout.dataBlocks(ref.size());
        BitSet done = row.done();
        RunningHash hash = new RunningHash(ref, done);
        setState(row.id(), done, FileState.DOWNLOADING);
        try (LocalBlocks blocks = LocalBlocks.open(folder, row.id())) {
            long lastGain = System.currentTimeMillis();
            while (true) {
                int before = done.get(0, needed).cardinality();
                if (!pass(row, source, cipher, needed, done, blocks, hash, progress)) {
                    fail(row, "the relay no longer holds " + ref.name() + " (expired or deleted)");
                    return reread(row);
                }
                int have = done.get(0, needed).cardinality();
                if (have == needed) {
                    return verify(row, blocks, cipher, done, hash);
                }
                long now = System.currentTimeMillis();
                if (have > before) {
                    lastGain = now;
                } else if (now - lastGain >= source.timeout().toMillis()) {
                    String reason = (needed - have) + " blocks are not available yet";
                    database.write(c -> {
                        store.reason(c, row.id(), FileState.DOWNLOADING, reason);
                        return null;
                    });
                    return reread(row);
                } else {
                    Thread.sleep(FOLLOW_PAUSE_MILLIS);
                }
            }
        } catch (IOException e) {
            throw new PliException("cannot write the download of " + ref.name() + " into the profile: "
                    + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RelayUnreachableException("the download of " + ref.name() + " was interrupted");
        }
    }

    /**
     * Asks once for every block still missing below {@code needed}, pipelined, and saves what
     * came; false if the source no longer holds the file.
     *
     * @throws PliException when the source stops answering or refuses
     */
    private boolean pass(FileRow row, BlockSource source, FileBlockCipher cipher, int needed, BitSet done,
            LocalBlocks blocks, RunningHash hash, LongConsumer progress) throws PliException, InterruptedException {
        int dataBlocks = FileLayout.dataBlocks(row.ref().size());
        BlockPipeline pipeline = new BlockPipeline(source.window());
        long timeout = source.timeout().toMillis();
        long savedAt = System.currentTimeMillis();
        int index = done.nextClearBit(0);
        while (index < needed) {
            int segment = FileLayout.segmentOf(index);
            Map<BlockId, Integer> batch = new HashMap<>();
            while (index < needed && batch.size() < source.batch() && FileLayout.segmentOf(index) == segment) {
                batch.put(cipher.blockId(index), index);
                index = done.nextClearBit(index + 1);
            }
            if (!pipeline.acquire(timeout)) {
                save(row.id(), blocks, done, pipeline);
                throw source.unanswered();
            }
            if (pipeline.failure() != null || pipeline.frontier()) {
                pipeline.finished(List.of(), null);
                break; // failed, or past the blocks the relay holds yet (a sender still uploading)
            }
            source.read(segment, batch).orTimeout(timeout, TimeUnit.MILLISECONDS)
                    .whenComplete((found, error) -> {
                        if (error == null && found.isEmpty() && source.readsPadding()) {
                            pipeline.reachedFrontier();
                        }
                        pipeline.finished(error == null ? opened(found, batch, cipher, dataBlocks, blocks, hash)
                                : List.of(), error);
                    });
            hash.advance();
            if (System.currentTimeMillis() - savedAt >= FileUpload.SAVE_EVERY_MILLIS) {
                save(row.id(), blocks, done, pipeline);
                progress.accept(FileUpload.bytesDone(done, row.ref().size()));
                savedAt = System.currentTimeMillis();
            }
        }
        boolean drained = pipeline.drain(timeout);
        save(row.id(), blocks, done, pipeline);
        progress.accept(FileUpload.bytesDone(done, row.ref().size()));
        Throwable failure = pipeline.failure();
        if (failure != null && source.gone(failure)) {
            return false;
        }
        if (failure instanceof TimeoutException || !drained) {
            throw source.unanswered();
        }
        if (failure != null) {
            throw source.refusal(failure);
        }
        return true;
    }

    /**
     * The indexes of {@code found} that open at their place; data blocks are written. Runs on
     * a callback thread: writes go to distinct offsets of one channel, which is safe.
     */
    private static List<Integer> opened(List<RelayBlock> found, Map<BlockId, Integer> batch, FileBlockCipher cipher,
            int dataBlocks, LocalBlocks blocks, RunningHash hash) {
        List<Integer> indexes = new ArrayList<>(found.size());
        for (RelayBlock block : found) {
            Integer index = batch.get(block.id());
            if (index == null) {
                continue;
            }
            byte[] bytes = block.block().bytes();
            try {
                byte[] data = cipher.open(index, bytes);
                if (index < dataBlocks) {
                    blocks.write(index, bytes);
                    hash.offer(index, data);
                }
                indexes.add(index);
            } catch (AuthenticationException e) {
                // Not this file's block at this place: read again later.
            } catch (IOException e) {
                return indexes; // not written: read again later
            }
        }
        return indexes;
    }

    /**
     * The whole file compared with its hash (as hashed on arrival, or else every data block
     * read back and opened in order): complete, or read again.
     */
    private FileRow verify(FileRow row, LocalBlocks blocks, FileBlockCipher cipher, BitSet done, RunningHash hash)
            throws PliException, IOException {
        FileRef ref = row.ref();
        boolean matches;
        Optional<Boolean> hashedOnArrival = hash.matches();
        if (hashedOnArrival.isPresent()) {
            matches = hashedOnArrival.get();
        } else {
            try {
                matches = FileContent.copy(ref, blocks, cipher, java.io.OutputStream.nullOutputStream());
            } catch (AuthenticationException e) {
                matches = false;
            }
        }
        if (matches) {
            database.write(c -> {
                store.progress(c, row.id(), done, FileState.COMPLETE);
                return null;
            });
            return reread(row);
        }
        int attempts = database.write(c -> store.restart(c, row.id()));
        if (attempts >= MAX_ATTEMPTS) {
            fail(row, "the file does not match its hash after " + attempts + " downloads");
        } else {
            database.write(c -> {
                store.reason(c, row.id(), FileState.DOWNLOADING, "the file did not match its hash; downloading again");
                return null;
            });
        }
        return reread(row);
    }

    private void save(long id, LocalBlocks blocks, BitSet done, BlockPipeline pipeline) throws PliException {
        try {
            blocks.force();
        } catch (IOException e) {
            throw new PliException("cannot write the download into the profile: " + e.getMessage());
        }
        for (Integer index = pipeline.poll(); index != null; index = pipeline.poll()) {
            done.set(index);
        }
        setState(id, done, FileState.DOWNLOADING);
    }

    private void setState(long id, BitSet done, FileState state) throws PliException {
        database.write(c -> {
            store.progress(c, id, done, state);
            return null;
        });
    }

    private void fail(FileRow row, String reason) throws PliException {
        database.write(c -> {
            store.reason(c, row.id(), FileState.FAILED, reason);
            return null;
        });
    }

    private FileRow reread(FileRow row) throws PliException {
        return database.read(c -> store.find(c, row.id())).orElseThrow();
    }
}
