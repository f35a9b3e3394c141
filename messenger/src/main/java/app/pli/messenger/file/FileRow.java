package app.pli.messenger.file;

import app.pli.messenger.envelope.FileRef;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of {@code file_transfer}, opened.
 *
 * @param id the local row id, also the name of the file's local block store
 * @param outgoing whether this profile sends it
 * @param contactId the sender of an incoming file; 0 for an outgoing one
 * @param messageId the message carrying it
 * @param state where its transfer stands
 * @param blocks its padded block count
 * @param done which blocks are uploaded (outgoing) or fetched (incoming)
 * @param wanted for an incoming file, whether it is to be downloaded
 * @param attempts downloads that ended with a hash mismatch
 * @param ref the reference (its segments empty until an upload created them)
 * @param reason why it failed or waits, if it does; never a secret
 */
public record FileRow(long id, boolean outgoing, long contactId, byte[] messageId, FileState state, int blocks,
        BitSet done, boolean wanted, int attempts, FileRef ref, Optional<String> reason) {
    public FileRow {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(done, "done");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(reason, "reason");
        messageId = messageId.clone();
        done = (BitSet) done.clone();
    }

    @Override
    public byte[] messageId() {
        return messageId.clone();
    }

    @Override
    public BitSet done() {
        return (BitSet) done.clone();
    }

    /** Blocks done so far. */
    public int doneCount() {
        return done.cardinality();
    }

    /** Progress in 0..1. */
    public double progress() {
        return state == FileState.COMPLETE || state == FileState.UPLOADED ? 1.0 : (double) doneCount() / blocks;
    }

    /** The id users type: 16 hex digits of the row id. */
    public String hexId() {
        return String.format("%016x", id);
    }

    /** The message id as users see it. */
    public String hexMessageId() {
        return HexFormat.of().formatHex(messageId);
    }
}
