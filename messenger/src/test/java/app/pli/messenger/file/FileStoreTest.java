package app.pli.messenger.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.crypto.CryptoRandom;
import app.pli.core.crypto.SymmetricKey;
import app.pli.core.db.Database;
import app.pli.core.db.DatabaseException;
import app.pli.core.db.SchemaOwner;
import app.pli.core.error.PliException;
import app.pli.core.testing.StoreBytes;
import app.pli.core.vault.ColumnCipher;
import app.pli.core.vault.Vault;
import app.pli.identity.IdentitySchema;
import app.pli.messenger.api.MessengerFiles;
import app.pli.messenger.envelope.FileRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file tables round-trip what the transfers write, select the right work, and keep secrets sealed on disk. */
class FileStoreTest {
    private static final String RELAY =
            "pli-relay://relay-unseen.test:7337/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    @TempDir
    Path dir;

    private Database database;
    private ColumnCipher cipher;
    private FileStore store;
    private long alice;
    private long bob;

    @BeforeEach
    void open() throws PliException {
        database = Database.open(dir.resolve("pli.db"), owners());
        cipher = new ColumnCipher(SymmetricKey.random());
        store = new FileStore(cipher);
        alice = contact();
        bob = contact();
    }

    @AfterEach
    void close() throws PliException {
        database.close();
    }

    @Test
    void anOutgoingFileRoundTripsExactly() throws PliException {
        byte[] messageId = CryptoRandom.bytes(16);
        FileRef ref = ref("report.pdf", 100L << 20, 4);
        long id = 0x1234_5678_9abc_def0L;
        database.write(c -> {
            store.insertOutgoing(c, id, messageId, ref, FileState.UPLOADING, 1_000);
            return null;
        });
        FileRow row = database.read(c -> store.find(c, id)).orElseThrow();
        assertEquals(id, row.id());
        assertTrue(row.outgoing());
        assertEquals(0, row.contactId());
        assertArrayEquals(messageId, row.messageId());
        assertEquals(FileState.UPLOADING, row.state());
        assertEquals(28672, row.blocks());
        assertTrue(row.done().isEmpty());
        assertFalse(row.wanted());
        assertEquals(0, row.attempts());
        assertEquals(ref, row.ref());
        assertEquals(4, row.ref().segments().size());
        for (int s = 0; s < 4; s++) {
            assertArrayEquals(ref.segments().get(s).fetchId(), row.ref().segments().get(s).fetchId());
            assertArrayEquals(ref.segments().get(s).mailboxKeySeed(), row.ref().segments().get(s).mailboxKeySeed());
        }
        assertEquals(RELAY, row.ref().relay());
        assertEquals("report.pdf", row.ref().name());
        assertEquals(100L << 20, row.ref().size());
        assertArrayEquals(ref.secret(), row.ref().secret());
        assertArrayEquals(ref.sha256(), row.ref().sha256());
        assertEquals(Optional.empty(), row.reason());
        assertEquals("123456789abcdef0", row.hexId());

        assertEquals(List.of(id), ids(database.read(c -> store.list(c, true))));
        assertEquals(List.of(), database.read(c -> store.list(c, false)));
        assertEquals(List.of(id), ids(database.read(c -> store.ofMessage(c, messageId, true))));
        assertEquals(List.of(), database.read(c -> store.ofMessage(c, messageId, false)));
        assertEquals(List.of(), database.read(c -> store.ofMessage(c, CryptoRandom.bytes(16), true)));
        assertEquals(Optional.of(id), database.read(c -> store.outgoing(c, ref.fileId())).map(FileRow::id));
        assertEquals(Optional.empty(), database.read(c -> store.outgoing(c, CryptoRandom.bytes(16))));
        assertEquals(Optional.empty(), database.read(c -> store.find(c, id + 1)));
    }

    @Test
    void aFileWithoutARelayIsStoredUploadedWithNoSegments() throws PliException {
        FileRef ref = new FileRef(CryptoRandom.bytes(16), "empty.txt", 0, CryptoRandom.bytes(32),
                CryptoRandom.bytes(32), "", List.of());
        database.write(c -> {
            store.insertOutgoing(c, 7, CryptoRandom.bytes(16), ref, FileState.UPLOADED, 1);
            return null;
        });
        FileRow row = database.read(c -> store.find(c, 7)).orElseThrow();
        assertEquals(ref, row.ref());
        assertEquals(FileState.UPLOADED, row.state());
        assertEquals(16, row.blocks());
        assertEquals(1.0, row.progress());
    }

    @Test
    void filesOfAMessageComeInAttachOrderAndListsNewestFirst() throws PliException {
        byte[] messageId = CryptoRandom.bytes(16);
        database.write(c -> {
            store.insertOutgoing(c, 30, messageId, ref("a", 1, 1), FileState.UPLOADING, 100);
            store.insertOutgoing(c, 10, messageId, ref("b", 2, 1), FileState.UPLOADING, 200);
            store.insertOutgoing(c, 20, messageId, ref("c", 3, 1), FileState.UPLOADING, 300);
            store.insertOutgoing(c, 40, CryptoRandom.bytes(16), ref("d", 4, 1), FileState.UPLOADING, 400);
            return null;
        });
        assertEquals(List.of(30L, 10L, 20L), ids(database.read(c -> store.ofMessage(c, messageId, true))));
        assertEquals(List.of("a", "b", "c"), database.read(c -> store.ofMessage(c, messageId, true)).stream()
                .map(r -> r.ref().name()).toList());
        assertEquals(List.of(40L, 20L, 10L, 30L), ids(database.read(c -> store.list(c, true))));
    }

    @Test
    void progressKeepsScatteredBitsAndTheirCount() throws PliException {
        long id = incoming(alice, ref("big.iso", 100L << 20, 4), true);
        BitSet done = new BitSet();
        for (int bit : new int[] {0, 5, 8191, 8192, 14335}) {
            done.set(bit);
        }
        database.write(c -> {
            store.reason(c, id, FileState.DOWNLOADING, "waiting for disk space");
            return null;
        });
        assertEquals(Optional.of("waiting for disk space"), database.read(c -> store.find(c, id)).orElseThrow()
                .reason());
        database.write(c -> {
            store.progress(c, id, done, FileState.DOWNLOADING);
            return null;
        });
        FileRow row = database.read(c -> store.find(c, id)).orElseThrow();
        assertEquals(done, row.done());
        assertEquals(5, row.doneCount());
        assertEquals(FileState.DOWNLOADING, row.state());
        assertEquals(Optional.empty(), row.reason(), "progress clears the reason");
        assertEquals(5L, column(id, "done_count"));
        assertEquals(5.0 / 28672, row.progress(), 1e-12);

        // a later save with fewer bits replaces the set, it does not merge
        BitSet fewer = new BitSet();
        fewer.set(8192);
        database.write(c -> {
            store.progress(c, id, fewer, FileState.DOWNLOADING);
            return null;
        });
        assertEquals(fewer, database.read(c -> store.find(c, id)).orElseThrow().done());
        assertEquals(1L, column(id, "done_count"));
    }

    @Test
    void restartClearsProgressAndCountsAttempts() throws PliException {
        long id = incoming(alice, ref("x.bin", 5000, 1), true);
        BitSet done = new BitSet();
        done.set(0, 16);
        database.write(c -> {
            store.progress(c, id, done, FileState.DOWNLOADING);
            return null;
        });
        assertEquals(1, (int) database.write(c -> store.restart(c, id)));
        assertEquals(2, (int) database.write(c -> store.restart(c, id)));
        FileRow row = database.read(c -> store.find(c, id)).orElseThrow();
        assertTrue(row.done().isEmpty());
        assertEquals(2, row.attempts());
        assertEquals(0L, column(id, "done_count"));
        assertEquals(0, (int) database.write(c -> store.restart(c, 999)), "no such row");
    }

    @Test
    void anOfferIsRecordedOncePerContact() throws PliException {
        byte[] messageId = CryptoRandom.bytes(16);
        FileRef ref = ref("photo.jpg", 3_000_000, 1);
        Optional<Long> first = database.write(c -> store.insertIncoming(c, alice, messageId, ref, false, 10));
        Optional<Long> again = database.write(c -> store.insertIncoming(c, alice, CryptoRandom.bytes(16), ref, true,
                20));
        assertTrue(first.isPresent());
        assertEquals(Optional.empty(), again);
        Optional<Long> fromBob = database.write(c -> store.insertIncoming(c, bob, messageId, ref, true, 30));
        assertTrue(fromBob.isPresent());
        assertFalse(first.get().equals(fromBob.get()));

        FileRow row = database.read(c -> store.find(c, first.get())).orElseThrow();
        assertFalse(row.outgoing());
        assertEquals(alice, row.contactId());
        assertEquals(FileState.OFFERED, row.state());
        assertFalse(row.wanted(), "the repeat did not change the first offer");
        assertArrayEquals(messageId, row.messageId());
        assertEquals(ref, row.ref());
        assertEquals(List.of(fromBob.get(), first.get()), ids(database.read(c -> store.list(c, false))));
        assertEquals(Optional.empty(), database.read(c -> store.outgoing(c, ref.fileId())),
                "an incoming file is not found as sent");

        database.write(c -> {
            store.want(c, first.get());
            return null;
        });
        assertTrue(database.read(c -> store.find(c, first.get())).orElseThrow().wanted());
    }

    @Test
    void aContactsFilesGoWithTheContact() throws PliException {
        long id = incoming(alice, ref("gone.txt", 10, 1), true);
        long kept = incoming(bob, ref("kept.txt", 10, 1), true);
        database.write(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM contact WHERE id = ?")) {
                delete.setLong(1, alice);
                delete.executeUpdate();
            }
            return null;
        });
        assertEquals(Optional.empty(), database.read(c -> store.find(c, id)));
        assertTrue(database.read(c -> store.find(c, kept)).isPresent());
    }

    @Test
    void pendingIsUploadsAndWantedDownloadsOnly() throws PliException {
        database.write(c -> {
            store.insertOutgoing(c, 1, CryptoRandom.bytes(16), ref("up", 10, 1), FileState.UPLOADING, 1);
            store.insertOutgoing(c, 2, CryptoRandom.bytes(16), ref("done", 10, 1), FileState.UPLOADED, 2);
            store.insertOutgoing(c, 3, CryptoRandom.bytes(16), ref("refused", 10, 1), FileState.UPLOADING, 3);
            store.reason(c, 3, FileState.FAILED, "the relay refused");
            return null;
        });
        long wantedOffer = incoming(alice, ref("wanted", 10, 1), true);
        long unwantedOffer = incoming(alice, ref("unwanted", 10, 1), false);
        long downloading = incoming(alice, ref("downloading", 10, 1), true);
        long complete = incoming(bob, ref("complete", 10, 1), true);
        long failed = incoming(bob, ref("failed", 10, 1), true);
        long unwantedDownloading = incoming(bob, ref("odd", 10, 1), false);
        database.write(c -> {
            store.progress(c, downloading, new BitSet(), FileState.DOWNLOADING);
            store.progress(c, unwantedDownloading, new BitSet(), FileState.DOWNLOADING);
            store.progress(c, complete, new BitSet(), FileState.COMPLETE);
            store.reason(c, failed, FileState.FAILED, "the file expired");
            return null;
        });
        List<Long> pending = ids(database.read(c -> store.pending(c)));
        assertEquals(List.of(1L, wantedOffer, downloading), pending);
        assertFalse(pending.contains(unwantedOffer));

        database.write(c -> {
            store.want(c, unwantedOffer);
            return null;
        });
        assertTrue(ids(database.read(c -> store.pending(c))).contains(unwantedOffer));
        FileRow failedRow = database.read(c -> store.find(c, failed)).orElseThrow();
        assertEquals(FileState.FAILED, failedRow.state());
        assertEquals(Optional.of("the file expired"), failedRow.reason());
    }

    @Test
    void anUploadKeepsItsSegmentsAndDepositIdsInOrder() throws PliException {
        FileRef ref = ref("movie.mkv", 100L << 20, 0);
        database.write(c -> {
            store.insertOutgoing(c, 5, CryptoRandom.bytes(16), ref, FileState.UPLOADING, 1);
            return null;
        });
        assertEquals(List.of(), database.read(c -> store.depositIds(c, 5)));

        List<byte[]> deposits = List.of(CryptoRandom.bytes(16), CryptoRandom.bytes(16), CryptoRandom.bytes(16));
        FileRef uploaded = ref.uploadedTo(RELAY, segments(3));
        database.write(c -> {
            store.updateUpload(c, 5, uploaded, deposits);
            return null;
        });
        List<byte[]> stored = database.read(c -> store.depositIds(c, 5));
        assertEquals(3, stored.size());
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(deposits.get(i), stored.get(i), "deposit " + i);
        }
        assertEquals(uploaded, database.read(c -> store.find(c, 5)).orElseThrow().ref());

        List<byte[]> more = new ArrayList<>(deposits);
        more.add(CryptoRandom.bytes(16));
        FileRef four = ref.uploadedTo(RELAY, segments(4));
        database.write(c -> {
            store.updateUpload(c, 5, four, more);
            return null;
        });
        List<byte[]> after = database.read(c -> store.depositIds(c, 5));
        assertEquals(4, after.size());
        for (int i = 0; i < 4; i++) {
            assertArrayEquals(more.get(i), after.get(i), "deposit " + i);
        }
        assertEquals(four, database.read(c -> store.find(c, 5)).orElseThrow().ref());
        assertEquals(List.of(), database.read(c -> store.depositIds(c, 6)), "no such row");
    }

    @Test
    void aWaitingMessageIsFoundUntilDeleted() throws PliException {
        byte[] toAlice = CryptoRandom.bytes(16);
        byte[] toGroup = CryptoRandom.bytes(16);
        database.write(c -> {
            store.insertWaiting(c, toAlice, alice, 0, "here are the files ✓", 1);
            store.insertWaiting(c, toGroup, 0, 77, "", 2);
            return null;
        });
        FileStore.WaitingMessage waiting = database.read(c -> store.waiting(c, toAlice)).orElseThrow();
        assertArrayEquals(toAlice, waiting.messageId());
        assertEquals(alice, waiting.contactId());
        assertEquals(0, waiting.groupRow());
        assertEquals("here are the files ✓", waiting.text());
        FileStore.WaitingMessage group = database.read(c -> store.waiting(c, toGroup)).orElseThrow();
        assertEquals(0, group.contactId());
        assertEquals(77, group.groupRow());
        assertEquals("", group.text());

        database.write(c -> {
            store.deleteWaiting(c, waiting.id());
            return null;
        });
        assertEquals(Optional.empty(), database.read(c -> store.waiting(c, toAlice)));
        assertTrue(database.read(c -> store.waiting(c, toGroup)).isPresent());
    }

    @Test
    void settingsAreSetAndReplaced() throws PliException {
        assertEquals(OptionalLong.empty(), database.read(c -> store.setting(c, "auto_download_bytes")));
        database.write(c -> {
            store.setSetting(c, "auto_download_bytes", 5);
            store.setSetting(c, "other", -3);
            return null;
        });
        assertEquals(OptionalLong.of(5), database.read(c -> store.setting(c, "auto_download_bytes")));
        database.write(c -> {
            store.setSetting(c, "auto_download_bytes", 1L << 40);
            return null;
        });
        assertEquals(OptionalLong.of(1L << 40), database.read(c -> store.setting(c, "auto_download_bytes")));
        assertEquals(OptionalLong.of(-3), database.read(c -> store.setting(c, "other")));

        FileSettings settings = new FileSettings(store);
        assertEquals(1L << 40, (long) database.read(settings::autoDownloadLimit));
        database.write(c -> {
            settings.setAutoDownloadLimit(c, 0);
            return null;
        });
        assertEquals(0L, (long) database.read(settings::autoDownloadLimit));
        assertThrows(IllegalArgumentException.class, () -> database.write(c -> {
            settings.setAutoDownloadLimit(c, -1);
            return null;
        }));
        assertEquals(0L, (long) database.read(settings::autoDownloadLimit));
    }

    @Test
    void theDefaultAutoDownloadLimitApplies() throws PliException {
        FileSettings settings = new FileSettings(store);
        assertEquals(MessengerFiles.DEFAULT_AUTO_DOWNLOAD_BYTES, (long) database.read(settings::autoDownloadLimit));
    }

    @Test
    void aReferenceMovedToAnotherRowOrReadUnderAnotherKeyIsCorrupt() throws PliException {
        database.write(c -> {
            store.insertOutgoing(c, 1, CryptoRandom.bytes(16), ref("one", 10, 1), FileState.UPLOADING, 1);
            store.insertOutgoing(c, 2, CryptoRandom.bytes(16), ref("two", 10, 1), FileState.UPLOADING, 2);
            return null;
        });
        FileStore stranger = new FileStore(new ColumnCipher(SymmetricKey.random()));
        DatabaseException wrongKey = assertThrows(DatabaseException.class,
                () -> database.read(c -> stranger.find(c, 1)));
        assertEquals(DatabaseException.Reason.CORRUPT, wrongKey.reason());

        database.write(c -> {
            try (PreparedStatement move = c.prepareStatement(
                    "UPDATE file_transfer SET ref = (SELECT ref FROM file_transfer WHERE id = 1) WHERE id = 2")) {
                move.executeUpdate();
            }
            return null;
        });
        assertEquals("one", database.read(c -> store.find(c, 1)).orElseThrow().ref().name());
        DatabaseException moved = assertThrows(DatabaseException.class, () -> database.read(c -> store.find(c, 2)));
        assertEquals(DatabaseException.Reason.CORRUPT, moved.reason());
    }

    @Test
    void namesSecretsAndDepositIdsStaySealedOnDisk() throws PliException, IOException {
        String name = "salary-review-" + HexFormat.of().formatHex(CryptoRandom.bytes(6)) + ".xlsx";
        String text = "the figures, privately " + HexFormat.of().formatHex(CryptoRandom.bytes(6));
        FileRef ref = ref(name, 123_456_789, 0);
        FileRef uploaded = ref.uploadedTo(RELAY, segments(2));
        byte[] deposit = CryptoRandom.bytes(16);
        byte[] messageId = CryptoRandom.bytes(16);
        database.write(c -> {
            store.insertOutgoing(c, 9, messageId, ref, FileState.UPLOADING, 1);
            store.updateUpload(c, 9, uploaded, List.of(deposit, CryptoRandom.bytes(16)));
            store.insertWaiting(c, messageId, alice, 0, text, 1);
            return null;
        });
        FileRef offered = ref(name, 99, 1);
        incoming(bob, offered, true);

        for (int pass = 0; pass < 2; pass++) {
            byte[] raw = StoreBytes.rawBytes(dir, "pli.db");
            assertFalse(StoreBytes.contains(raw, name.getBytes(StandardCharsets.UTF_8)), "the file name in clear, pass " + pass);
            assertFalse(StoreBytes.contains(raw, text.getBytes(StandardCharsets.UTF_8)), "the waiting text, pass " + pass);
            for (FileRef r : List.of(ref, offered)) {
                assertFalse(StoreBytes.contains(raw, r.secret()), "a file secret in clear, pass " + pass);
                assertFalse(StoreBytes.contains(raw, r.sha256()), "a file hash in clear, pass " + pass);
            }
            assertFalse(StoreBytes.contains(raw, deposit), "a deposit id in clear, pass " + pass);
            for (FileRef.Segment segment : uploaded.segments()) {
                assertFalse(StoreBytes.contains(raw, segment.fetchId()), "a fetch id in clear, pass " + pass);
                assertFalse(StoreBytes.contains(raw, segment.mailboxKeySeed()), "a mailbox seed in clear, pass " + pass);
            }
            assertFalse(StoreBytes.contains(raw, "relay-unseen.test".getBytes(StandardCharsets.US_ASCII)),
                    "the relay in clear, pass " + pass);
            // the scan itself sees what is in clear: the random message id is stored as is
            assertTrue(StoreBytes.contains(raw, messageId), "the scan reads the store, pass " + pass);
            if (pass == 0) {
                database.close(); // checkpoints the log into pli.db (or leaves it to be scanned)
                database = Database.open(dir.resolve("pli.db"), owners());
            }
        }
        assertEquals(name, database.read(c -> store.find(c, 9)).orElseThrow().ref().name(), "still readable");
    }

    // ---- helpers

    /** The owners a profile store opens with, as far as the file tables need: identity's contact first. */
    private static List<SchemaOwner> owners() {
        List<SchemaOwner> owners = new ArrayList<>();
        owners.add(Vault.SCHEMA);
        owners.addAll(IdentitySchema.owners());
        owners.add(new FileSchema());
        return owners;
    }

    private long contact() throws PliException {
        return database.write(c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO contact (name, state) VALUES (?, ?) RETURNING id")) {
                insert.setBytes(1, CryptoRandom.bytes(20));
                insert.setBytes(2, CryptoRandom.bytes(20));
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    private long incoming(long contactId, FileRef ref, boolean wanted) throws PliException {
        return database.write(c -> store.insertIncoming(c, contactId, CryptoRandom.bytes(16), ref, wanted,
                System.nanoTime())).orElseThrow();
    }

    private long column(long id, String column) throws PliException {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + column + " FROM file_transfer WHERE id = ?")) {
                select.setLong(1, id);
                try (ResultSet row = select.executeQuery()) {
                    assertTrue(row.next());
                    return row.getLong(1);
                }
            }
        });
    }

    private static FileRef ref(String name, long size, int segmentCount) {
        return new FileRef(CryptoRandom.bytes(16), name, size, CryptoRandom.bytes(32), CryptoRandom.bytes(32),
                segmentCount == 0 ? "" : RELAY, segments(segmentCount));
    }

    private static List<FileRef.Segment> segments(int count) {
        List<FileRef.Segment> segments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            segments.add(new FileRef.Segment(CryptoRandom.bytes(16), CryptoRandom.bytes(32)));
        }
        return segments;
    }

    private static List<Long> ids(List<FileRow> rows) {
        return rows.stream().map(FileRow::id).toList();
    }
}
