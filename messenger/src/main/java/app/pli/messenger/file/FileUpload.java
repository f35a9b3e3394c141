package app.pli.messenger.file;

import app.pli.core.block.Block;
import app.pli.core.db.Database;
import app.pli.core.error.PliException;
import app.pli.messenger.delivery.RelayUnreachableException;
import app.pli.messenger.envelope.FileRef;
import app.pli.transport.relay.client.MailboxCredentials;
import app.pli.transport.relay.client.RelayBlock;
import app.pli.transport.relay.client.RelayException;
import app.pli.transport.relay.wire.DepositId;
import app.pli.transport.relay.wire.FetchId;
import app.pli.transport.relay.wire.RelayErrorCode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * Uploads one file's blocks to its relay: creates its file mailboxes (persisting each before
 * depositing into it; once they all exist the message may go out, and its recipients read
 * blocks as they arrive), then deposits every block not yet done, pipelined, and records the
 * done blocks in batches (at most every {@value #SAVE_EVERY_MILLIS} ms). Blocks are sealed
 * deterministically, so after a crash the few blocks done since the last save are deposited
 * again as the very same bytes, which the relay stores once.
 */
final class FileUpload {
    /** Deposits in flight at once (the relay reads at most 256 requests ahead per connection). */
    static final int WINDOW = 192;
    static final long SAVE_EVERY_MILLIS = 1000;
    private static final byte[] NO_DATA = new byte[0];

    private final Database database;
    private final FileStore store;
    private final Path folder;

    FileUpload(Database database, FileStore store, Path folder) {
        this.database = Objects.requireNonNull(database, "database");
        this.store = Objects.requireNonNull(store, "store");
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    /**
     * Uploads what is left of {@code row} through {@code relay} (the relay named {@code relayToken});
     * returns the row as it ends: {@link FileState#UPLOADED}, or still uploading when the relay
     * stopped answering (then it throws).
     *
     * @param progress hears the file bytes done so far
     * @throws PliException one line, when the relay refuses (full) or stops answering; what was done is kept
     */
    FileRow run(FileRow row, FileRelay relay, String relayToken, LongConsumer progress) throws PliException {
        FileRef ref = prepare(row, relay, relayToken);
        List<byte[]> deposits = database.read(c -> store.depositIds(c, row.id()));
        FileBlockCipher cipher = new FileBlockCipher(ref.secret(), row.blocks());
        int dataBlocks = FileLayout.dataBlocks(ref.size());
        BitSet done = row.done();
        BlockPipeline pipeline = new BlockPipeline(WINDOW);
        long timeout = relay.timeout().toMillis();
        long savedAt = System.currentTimeMillis();
        try (LocalBlocks blocks = LocalBlocks.open(folder, row.id())) {
            for (int index = done.nextClearBit(0); index < row.blocks(); index = done.nextClearBit(index + 1)) {
                if (!pipeline.acquire(timeout)) {
                    save(row.id(), done, pipeline, FileState.UPLOADING);
                    throw relay.unanswered();
                }
                if (pipeline.failure() != null) {
                    pipeline.finished(List.of(), null);
                    break;
                }
                byte[] block = index < dataBlocks ? blocks.read(index) : cipher.seal(index, NO_DATA, 0, 0);
                int at = index;
                relay.client().deposit(DepositId.of(deposits.get(FileLayout.segmentOf(index))),
                        List.of(new RelayBlock(cipher.blockId(index), Block.of(block))))
                        .whenComplete((ok, error) -> pipeline.finished(List.of(at), error));
                if (System.currentTimeMillis() - savedAt >= SAVE_EVERY_MILLIS) {
                    save(row.id(), done, pipeline, FileState.UPLOADING);
                    progress.accept(bytesDone(done, ref.size()));
                    savedAt = System.currentTimeMillis();
                }
            }
            boolean drained = pipeline.drain(timeout);
            FileState state = done(done, pipeline) == row.blocks() ? FileState.UPLOADED : FileState.UPLOADING;
            save(row.id(), done, pipeline, state);
            progress.accept(bytesDone(done, ref.size()));
            if (pipeline.failure() != null) {
                PliException refused = relay.refusal(pipeline.failure());
                if (full(refused)) {
                    abandon(row, relay, ref, refused);
                }
                throw refused;
            }
            if (!drained) {
                throw relay.unanswered();
            }
        } catch (IOException e) {
            throw new PliException("cannot read the profile's copy of " + ref.name() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            save(row.id(), done, pipeline, FileState.UPLOADING);
            throw new RelayUnreachableException("the upload of " + ref.name() + " was interrupted");
        }
        return database.read(c -> store.find(c, row.id())).orElseThrow();
    }

    /** Whether the relay refused for lack of room (its storage, or a mailbox, is full). */
    private static boolean full(PliException refused) {
        return refused instanceof RelayException e && e.code().filter(code -> code == RelayErrorCode.STORAGE_FULL
                || code == RelayErrorCode.QUEUE_FULL).isPresent();
    }

    /**
     * Gives the upload up: its file mailboxes are deleted at the relay (freeing what it
     * stored: a recipient that already has the message sees the file fail) and it is FAILED
     * with the relay's reason.
     */
    private void abandon(FileRow row, FileRelay relay, FileRef ref, PliException refused) throws PliException {
        List<byte[]> deposits = database.read(c -> store.depositIds(c, row.id()));
        for (int s = 0; s < ref.segments().size() && s < deposits.size(); s++) {
            FileRef.Segment segment = ref.segments().get(s);
            try {
                relay.await(relay.client().delete(new MailboxCredentials(FetchId.of(segment.fetchId()),
                        DepositId.of(deposits.get(s)), FileBlockCipher.mailboxKey(segment.mailboxKeySeed()))));
            } catch (PliException e) {
                // Left to the relay's TTL.
            }
        }
        database.write(c -> {
            store.reason(c, row.id(), FileState.FAILED, "the relay refused it: " + refused.getMessage());
            return null;
        });
    }

    /**
     * Creates the file mailboxes the file still lacks, saving each with the reference before
     * use; the reference as it then is, complete: its message may go out from here on.
     */
    FileRef prepare(FileRow row, FileRelay relay, String relayToken) throws PliException {
        FileRef ref = row.ref();
        if (!ref.segments().isEmpty() && !ref.relay().equals(relayToken)) {
            throw new PliException(ref.name() + " was being uploaded to another relay; send it again");
        }
        int needed = FileLayout.segments(row.blocks());
        List<FileRef.Segment> segments = new ArrayList<>(ref.segments());
        List<byte[]> deposits = new ArrayList<>(database.read(c -> store.depositIds(c, row.id())));
        while (segments.size() < needed) {
            MailboxCredentials created = relay.await(relay.client().createMailbox());
            segments.add(new FileRef.Segment(created.fetchId().bytes(), created.mailboxKey().privateKey().bytes()));
            deposits.add(created.depositId().bytes());
            FileRef updated = ref.uploadedTo(relayToken, segments);
            database.write(c -> {
                store.updateUpload(c, row.id(), updated, deposits);
                return null;
            });
            ref = updated;
        }
        return ref;
    }

    private int done(BitSet done, BlockPipeline pipeline) {
        for (Integer index = pipeline.poll(); index != null; index = pipeline.poll()) {
            done.set(index);
        }
        return done.cardinality();
    }

    private void save(long id, BitSet done, BlockPipeline pipeline, FileState state) throws PliException {
        done(done, pipeline);
        database.write(c -> {
            store.progress(c, id, done, state);
            return null;
        });
    }

    /** File bytes covered by the done data blocks (padding not counted). */
    static long bytesDone(BitSet done, long size) {
        int dataBlocks = FileLayout.dataBlocks(size);
        long doneData = done.get(0, dataBlocks).cardinality();
        return Math.min(size, doneData * FileLayout.CHUNK_BYTES);
    }
}
