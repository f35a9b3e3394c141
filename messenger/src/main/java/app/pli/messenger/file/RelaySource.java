package app.pli.messenger.file;

import app.pli.core.crypto.CryptoException;
import app.pli.core.error.PliException;
import app.pli.messenger.envelope.FileRef;
import app.pli.transport.relay.client.MailboxCredentials;
import app.pli.transport.relay.client.RelayBlock;
import app.pli.transport.relay.client.RelayException;
import app.pli.transport.relay.wire.BlockId;
import app.pli.transport.relay.wire.DepositId;
import app.pli.transport.relay.wire.FetchId;
import app.pli.transport.relay.wire.RelayErrorCode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A file's blocks at its relay: non-destructive reads by block id from its file mailboxes,
 * proving ownership with each mailbox's key from the reference (a reader never deposits, so
 * its credentials carry no real deposit id). Reads cover the padding too.
 */
final class RelaySource implements BlockSource {
    /** Block ids per read request (the relay's limit). */
    static final int READ_BATCH = 16;
    private static final int WINDOW = 24;

    private final FileRelay relay;
    private final List<MailboxCredentials> mailboxes;

    private RelaySource(FileRelay relay, List<MailboxCredentials> mailboxes) {
        this.relay = relay;
        this.mailboxes = mailboxes;
    }

    /**
     * The mailboxes of {@code ref} through {@code relay}.
     *
     * @throws CryptoException if a mailbox key seed is not a key
     */
    static RelaySource of(FileRelay relay, FileRef ref) throws CryptoException {
        List<MailboxCredentials> mailboxes = new ArrayList<>();
        for (FileRef.Segment segment : ref.segments()) {
            mailboxes.add(new MailboxCredentials(FetchId.of(segment.fetchId()), DepositId.of(new byte[16]),
                    FileBlockCipher.mailboxKey(segment.mailboxKeySeed())));
        }
        return new RelaySource(relay, mailboxes);
    }

    @Override
    public int batch() {
        return READ_BATCH;
    }

    @Override
    public int window() {
        return WINDOW;
    }

    @Override
    public boolean readsPadding() {
        return true;
    }

    @Override
    public CompletableFuture<List<RelayBlock>> read(int segment, Map<BlockId, Integer> batch) {
        return relay.client().read(mailboxes.get(segment), List.copyOf(batch.keySet()));
    }

    @Override
    public Duration timeout() {
        return relay.timeout();
    }

    @Override
    public PliException unanswered() {
        return relay.unanswered();
    }

    @Override
    public PliException refusal(Throwable cause) {
        return relay.refusal(cause);
    }

    @Override
    public boolean gone(Throwable failure) {
        return failure instanceof RelayException refused
                && refused.code().filter(code -> code == RelayErrorCode.UNKNOWN_MAILBOX).isPresent();
    }

    @Override
    public void close() {
        relay.close();
    }
}
