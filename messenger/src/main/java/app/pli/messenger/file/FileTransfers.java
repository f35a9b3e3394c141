package app.pli.messenger.file;

import app.pli.core.crypto.AuthenticationException;
import app.pli.core.crypto.CryptoRandom;
import app.pli.core.db.Database;
import app.pli.core.db.RandomRowIds;
import app.pli.core.error.PliException;
import app.pli.messenger.api.FileInfo;
import app.pli.messenger.api.FileProgress;
import app.pli.messenger.api.MessageInfo;
import app.pli.messenger.conversation.IncomingFiles;
import app.pli.messenger.delivery.RelayUnreachableException;
import app.pli.messenger.envelope.FileRef;
import app.pli.messenger.envelope.TextPayload;
import app.pli.messenger.lan.LanFiles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The files of one open profile: takes files in for a message, runs uploads and downloads
 * (each file under its own transfer lock, so two processes never move the same file), and
 * saves received files. Thread-safe: every step is its own transaction; the daemon runs
 * {@link #transferPending} on its own thread.
 */
public final class FileTransfers {
    /** Where the profile's home relay comes from. */
    @FunctionalInterface
    public interface HomeRelay {
        Optional<String> address() throws PliException;
    }

    private final Database database;
    private final FileStore store;
    private final FileSettings settings;
    private final FileMessages messages;
    private final HomeRelay homeRelay;
    private final Path home;
    private final Clock clock;
    private final Duration connectBudget;
    private final Duration timeout;
    /** The LAN node of the running online session, if any: files of relay-free senders come over its links. */
    private volatile LanFiles lan;
    /** What serves this profile's files over LAN links while online. */
    private volatile LanFileServer served;

    /**
     * @param home the profile's folder (files go to {@code home/files})
     * @param connectBudget how long a foreground transfer waits for the relay to connect
     * @param timeout how long a transfer waits for any answer before it stops for now
     */
    public FileTransfers(Database database, FileStore store, FileMessages messages, HomeRelay homeRelay, Path home,
            Clock clock, Duration connectBudget, Duration timeout) {
        this.database = Objects.requireNonNull(database, "database");
        this.store = Objects.requireNonNull(store, "store");
        this.settings = new FileSettings(store);
        this.messages = Objects.requireNonNull(messages, "messages");
        this.homeRelay = Objects.requireNonNull(homeRelay, "homeRelay");
        this.home = Objects.requireNonNull(home, "home");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.connectBudget = Objects.requireNonNull(connectBudget, "connectBudget");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * Fetches files over the links of {@code node} from now on (the daemon's LAN node), or
     * not (null: the session ended; what {@link #lanServer} kept open is closed).
     */
    public void useLan(LanFiles node) {
        this.lan = node;
        LanFileServer server = served;
        if (node == null && server != null) {
            try {
                server.close();
            } catch (IOException e) {
                // A read-only handle: nothing was left unwritten.
            }
        }
    }

    /** Serves the files this profile sent over LAN links. */
    public LanFiles.Served lanServer() throws PliException {
        LanFileServer server = new LanFileServer(database, store, folder());
        served = server;
        return server;
    }

    /** The conversation layer's hook for the files texts carry. */
    public IncomingFiles inbox() {
        return new FileInbox(store, settings, clock);
    }

    /**
     * Takes {@code paths} in and records a message to the contact ({@code group} null) or the
     * group that waits for them; then, if the relay answers, creates their file mailboxes,
     * queues the message (its recipients read while the blocks go up) and uploads them.
     * Without a relay the message goes at once (contacts pull the files over LAN links).
     *
     * @return the message's id
     */
    public String send(String contact, String group, String text, List<Path> paths, FileProgress progress)
            throws PliException {
        Objects.requireNonNull(text, "text");
        if (paths.isEmpty() || paths.size() > TextPayload.MAX_FILES) {
            throw new PliException("a message carries 1.." + TextPayload.MAX_FILES + " files");
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > TextPayload.MAX_TEXT_BYTES) {
            throw new PliException("the message is longer than " + TextPayload.MAX_TEXT_BYTES + " bytes (64 KiB)");
        }
        for (Path path : paths) {
            FileImport.check(path);
        }
        Optional<String> relay = homeRelay.address();
        long[] target = database.read(c -> group == null ? new long[] {messages.contactRow(c, contact), 0}
                : new long[] {0, messages.groupRow(c, group)});
        Path folder = folder();
        List<FileImport.Imported> imported = new ArrayList<>();
        try {
            for (Path path : paths) {
                imported.add(FileImport.take(path, folder, RandomRowIds.next()));
            }
        } catch (PliException e) {
            for (FileImport.Imported done : imported) {
                deleteQuietly(folder, done.rowId());
            }
            throw e;
        }
        byte[] messageId = CryptoRandom.bytes(TextPayload.MESSAGE_ID_BYTES);
        database.write(c -> {
            for (FileImport.Imported file : imported) {
                store.insertOutgoing(c, file.rowId(), messageId, file.ref(),
                        relay.isPresent() ? FileState.UPLOADING : FileState.UPLOADED, clock.millis());
            }
            store.insertWaiting(c, messageId, target[0], target[1], text, clock.millis());
            return null;
        });
        List<FileRow> rows = database.read(c -> store.ofMessage(c, messageId, true));
        String id = HexFormat.of().formatHex(messageId);
        List<FileInfo> infos = new ArrayList<>();
        for (FileRow row : rows) {
            infos.add(info(row, Optional.empty()));
        }
        progress.recorded(id, infos);
        try {
            if (relay.isPresent()) {
                upload(rows, relay.get(), progress);
            } else if (release(messageId)) {
                messages.deliverNow(); // contacts fetch the files over LAN links
            }
        } catch (RelayUnreachableException e) {
            // Left for the daemon or a sync: the message waits, recorded.
        } catch (PliException e) {
            throw new PliException("the upload of the files of message " + id + " failed: " + e.getMessage());
        }
        return id;
    }

    /**
     * Uploads the rows of one message: first every file's mailboxes, then the message is
     * queued and handed over (its recipients start reading while the blocks go up), then the
     * blocks.
     */
    private void upload(List<FileRow> rows, String relay, FileProgress progress) throws PliException {
        FileUpload upload = new FileUpload(database, store, folder());
        for (FileRow row : rows) {
            try (FileRelay link = FileRelay.connect(relay, connectBudget, timeout)) {
                upload.prepare(row, link, relay);
            }
        }
        byte[] messageId = rows.get(0).messageId();
        if (release(messageId)) {
            messages.deliverNow();
        }
        for (FileRow row : database.read(c -> store.ofMessage(c, messageId, true))) {
            if (row.state() != FileState.UPLOADING) {
                continue;
            }
            Optional<LocalBlocks.TransferLock> lock = lock(row.id());
            if (lock.isEmpty()) {
                continue; // another process uploads it
            }
            try (LocalBlocks.TransferLock held = lock.get();
                    FileRelay link = FileRelay.connect(relay, connectBudget, timeout)) {
                FileRow ended = upload.run(row, link, relay, bytes -> progress.progressed(info(row,
                        Optional.empty()), bytes));
                progress.stopped(info(ended, Optional.empty()));
            } catch (IOException e) {
                throw new PliException("cannot lock the transfer of " + row.ref().name() + ": " + e.getMessage());
            }
        }
    }

    /**
     * Queues the message {@code messageId} if every file of it has all its mailboxes (or needs
     * none); whether it was queued now.
     */
    private boolean release(byte[] messageId) throws PliException {
        return database.write(c -> {
            Optional<FileStore.WaitingMessage> waiting = store.waiting(c, messageId);
            if (waiting.isEmpty()) {
                return false;
            }
            List<FileRef> refs = new ArrayList<>();
            for (FileRow row : store.ofMessage(c, messageId, true)) {
                if (row.state() != FileState.UPLOADED && !hasMailboxes(row)) {
                    return false;
                }
                refs.add(row.ref());
            }
            messages.release(c, waiting.get(), refs);
            store.deleteWaiting(c, waiting.get().id());
            return true;
        });
    }

    private static boolean hasMailboxes(FileRow row) {
        return !row.ref().relay().isEmpty() && row.ref().segments().size() == FileLayout.segments(row.blocks());
    }

    /**
     * Runs what waits once: every unfinished upload (then queues its message), every wanted
     * download. A relay that does not answer ends that file's turn; the next round resumes.
     *
     * @return how many transfers finished (uploaded or complete)
     */
    public int transferPending(FileProgress progress) throws PliException {
        int finished = 0;
        List<FileRow> pending = database.read(store::pending);
        for (FileRow row : pending) {
            try {
                FileRow ended = row.outgoing() ? uploadOne(row, progress) : downloadOne(row, progress);
                if (ended.state() == FileState.UPLOADED || ended.state() == FileState.COMPLETE) {
                    finished++;
                }
            } catch (PliException e) {
                // This file's turn ends (the relay is away, the disk is full: its reason is
                // recorded where it helps); the next round tries again.
            }
        }
        return finished;
    }

    private FileRow uploadOne(FileRow row, FileProgress progress) throws PliException {
        String relay = row.ref().segments().isEmpty() ? homeRelay.address().orElseThrow(() -> new PliException(
                "no relay is set")) : row.ref().relay();
        Optional<LocalBlocks.TransferLock> lock = lock(row.id());
        if (lock.isEmpty()) {
            return row;
        }
        FileRow ended;
        try (LocalBlocks.TransferLock held = lock.get();
                FileRelay link = FileRelay.connect(relay, timeout, timeout)) {
            FileUpload upload = new FileUpload(database, store, folder());
            upload.prepare(row, link, relay);
            release(row.messageId()); // once every file of the message has its mailboxes
            ended = upload.run(row, link, relay, bytes -> progress.progressed(info(row, Optional.empty()), bytes));
        } catch (IOException e) {
            throw new PliException("cannot lock the transfer of " + row.ref().name() + ": " + e.getMessage());
        }
        progress.stopped(info(ended, Optional.empty()));
        return ended;
    }

    private FileRow downloadOne(FileRow row, FileProgress progress) throws PliException {
        Optional<LocalBlocks.TransferLock> lock = lock(row.id());
        if (lock.isEmpty()) {
            return row;
        }
        try (LocalBlocks.TransferLock held = lock.get()) {
            return download(row, progress, timeout);
        } catch (IOException e) {
            throw new PliException("cannot lock the transfer of " + row.ref().name() + ": " + e.getMessage());
        }
    }

    /** Downloads {@code row} (its transfer lock held) from its relay or over a LAN link. */
    private FileRow download(FileRow row, FileProgress progress, Duration connect) throws PliException {
        Optional<String> from = Optional.of(database.read(c -> messages.contactName(c, row.contactId())));
        FileDownload download = new FileDownload(database, store, folder());
        FileRow ended;
        try (BlockSource source = source(row, connect)) {
            ended = download.run(row, source, bytes -> progress.progressed(info(row, from), bytes));
        }
        progress.stopped(info(ended, from));
        return ended;
    }

    /** Where {@code row}'s blocks are: its relay's file mailboxes, or its sender over a LAN link. */
    private BlockSource source(FileRow row, Duration connect) throws PliException {
        FileRef ref = row.ref();
        if (ref.relay().isEmpty()) {
            LanFiles node = lan;
            if (node == null) {
                throw new PliException(ref.name() + " comes over the LAN from its sender; it downloads while"
                        + " pli daemon (or pli chat) runs");
            }
            return new LanSource(node, row.contactId(), ref.fileId(), timeout);
        }
        if (ref.segments().size() != FileLayout.segments(row.blocks())) {
            fail(row, "the file's reference names " + ref.segments().size() + " mailboxes for " + row.blocks()
                    + " blocks");
            throw new PliException(ref.name() + " cannot be downloaded: its reference is malformed");
        }
        FileRelay relay = FileRelay.connect(ref.relay(), connect, timeout);
        try {
            return RelaySource.of(relay, ref);
        } catch (app.pli.core.crypto.CryptoException e) {
            relay.close();
            fail(row, "the file's reference holds a bad mailbox key");
            throw new PliException(ref.name() + " cannot be downloaded: its reference is malformed");
        }
    }

    private void fail(FileRow row, String reason) throws PliException {
        database.write(c -> {
            store.reason(c, row.id(), FileState.FAILED, reason);
            return null;
        });
    }

    /** Received ({@code sent} false) or sent files, newest first. */
    public List<FileInfo> list(boolean sent) throws PliException {
        return database.read(c -> {
            List<FileInfo> infos = new ArrayList<>();
            for (FileRow row : store.list(c, sent)) {
                infos.add(info(row, sent ? Optional.empty() : Optional.of(messages.contactName(c, row.contactId()))));
            }
            return infos;
        });
    }

    /** The files message {@code messageId} carries, as a message view lists them. */
    public List<MessageInfo.Attachment> attachments(byte[] messageId, boolean outgoing) throws PliException {
        return database.read(c -> {
            List<MessageInfo.Attachment> attached = new ArrayList<>();
            for (FileRow row : store.ofMessage(c, messageId, outgoing)) {
                attached.add(new MessageInfo.Attachment(row.hexId(), row.ref().name(), row.ref().size(),
                        row.state().label()));
            }
            return attached;
        });
    }

    /** Downloads the received file {@code id} now, whatever its size. */
    public FileInfo get(String id, FileProgress progress) throws PliException {
        FileRow row = received(id);
        if (row.state() == FileState.COMPLETE) {
            return info(row, Optional.of(database.read(c -> messages.contactName(c, row.contactId()))));
        }
        if (row.state() == FileState.FAILED) {
            throw new PliException(row.ref().name() + " failed: " + row.reason().orElse("no reason recorded"));
        }
        database.write(c -> {
            store.want(c, row.id());
            return null;
        });
        new FileDownload(database, store, folder()).checkSpace(row);
        Optional<LocalBlocks.TransferLock> lock = lock(row.id());
        if (lock.isEmpty()) {
            throw new PliException("another pli process (the daemon?) is downloading " + row.ref().name()
                    + "; see pli files");
        }
        FileRow ended;
        try (LocalBlocks.TransferLock held = lock.get()) {
            ended = download(row, progress, connectBudget);
        } catch (IOException e) {
            throw new PliException("cannot lock the transfer of " + row.ref().name() + ": " + e.getMessage());
        }
        return info(ended, Optional.of(database.read(c -> messages.contactName(c, row.contactId()))));
    }

    /** Writes the complete received file {@code id} to {@code to}; the path written. */
    public Path save(String id, Path to, boolean force) throws PliException {
        FileRow row = received(id);
        if (row.state() != FileState.COMPLETE) {
            throw new PliException(row.ref().name() + " is " + row.state().label()
                    + (row.state() == FileState.OFFERED ? "; fetch it first with pli files get " + row.hexId() : ""));
        }
        Path target = to == null ? Path.of(row.ref().name()) : Files.isDirectory(to) ? to.resolve(row.ref().name()) : to;
        target = target.toAbsolutePath().normalize();
        if (Files.exists(target) && !force) {
            throw new PliException(target + " exists; add --force to replace it");
        }
        if (Files.isDirectory(target)) {
            throw new PliException(target + " is a folder");
        }
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new PliException("no folder " + parent);
        }
        Path partial = parent.resolve("." + target.getFileName() + ".pli-partial");
        try {
            if (Files.getFileStore(parent).getUsableSpace() < row.ref().size()) {
                throw new PliException("not enough disk space in " + parent + " for " + Sizes.human(row.ref().size()));
            }
            boolean matches;
            try (LocalBlocks blocks = LocalBlocks.open(folder(), row.id());
                    OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                matches = FileContent.copy(row.ref(), blocks, new FileBlockCipher(row.ref().secret(), row.blocks()),
                        out);
            } catch (AuthenticationException e) {
                matches = false;
            }
            if (!matches) {
                Files.deleteIfExists(partial);
                throw new PliException("the profile's copy of " + row.ref().name()
                        + " is damaged; it does not match its hash");
            }
            try (java.nio.channels.FileChannel sync = java.nio.channels.FileChannel.open(partial,
                    java.nio.file.StandardOpenOption.WRITE)) {
                sync.force(true);
            }
            move(partial, target, force);
            return target;
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new PliException("cannot write " + target + ": " + e.getMessage());
        }
    }

    public long autoDownloadLimit() throws PliException {
        return database.read(settings::autoDownloadLimit);
    }

    public void setAutoDownloadLimit(long bytes) throws PliException {
        if (bytes < 0) {
            throw new PliException("the auto-download limit is a size, 0 or more");
        }
        database.write(c -> {
            settings.setAutoDownloadLimit(c, bytes);
            return null;
        });
    }

    private FileRow received(String id) throws PliException {
        String prefix = id == null ? "" : id.strip().toLowerCase(java.util.Locale.ROOT);
        if (prefix.length() < 4 || !prefix.chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
            throw new PliException("a file id is at least 4 hex digits (see pli files)");
        }
        List<FileRow> found = new ArrayList<>();
        for (FileRow row : database.read(c -> store.list(c, false))) {
            if (row.hexId().startsWith(prefix)) {
                found.add(row);
            }
        }
        if (found.isEmpty()) {
            throw new PliException("no received file has the id " + prefix + " (see pli files)");
        }
        if (found.size() > 1) {
            throw new PliException("several files start with " + prefix + "; give more digits");
        }
        return found.get(0);
    }

    private FileInfo info(FileRow row, Optional<String> from) {
        return new FileInfo(row.hexId(), row.hexMessageId(), row.ref().name(), row.ref().size(), from,
                row.state().label(), row.progress(), row.reason());
    }

    private Optional<LocalBlocks.TransferLock> lock(long rowId) throws PliException {
        try {
            return LocalBlocks.lock(folder(), rowId);
        } catch (IOException e) {
            throw new PliException("cannot lock a transfer in the profile: " + e.getMessage());
        }
    }

    private Path folder() throws PliException {
        try {
            return LocalBlocks.folder(home);
        } catch (IOException e) {
            throw new PliException("cannot create the profile's files folder: " + e.getMessage());
        }
    }

    private static void move(Path from, Path to, boolean replace) throws IOException {
        try {
            if (replace) {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.createLink(to, from); // fails if `to` appeared meanwhile: never over a file
                Files.delete(from);
            }
        } catch (AtomicMoveNotSupportedException | UnsupportedOperationException e) {
            Files.move(from, to, replace ? new StandardCopyOption[] {StandardCopyOption.REPLACE_EXISTING}
                    : new StandardCopyOption[0]);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(from);
            throw new IOException("it appeared meanwhile; add --force to replace it");
        }
    }

    private static void deleteQuietly(Path folder, long rowId) {
        try {
            LocalBlocks.delete(folder, rowId);
        } catch (IOException e) {
            // An orphan block file is harmless: it holds only ciphertext under a forgotten key.
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left for the user to see; the message names the real failure.
        }
    }

}
