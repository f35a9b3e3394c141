package app.pli.transport.relay.wire;

import app.pli.core.codec.SizeClassFrames;
import java.nio.charset.StandardCharsets;

/**
 * The numbers and labels of the relay protocol, version 1, in one place: every size the
 * server and the client check, every label a signature carries.
 *
 * <p>Framing on the TCP stream: each Noise message (handshake or transport) is preceded by
 * its length as a 2-byte big-endian integer. Every transport plaintext has one of exactly
 * two sizes, {@link #CONTROL_PLAINTEXT_BYTES} or {@link #BLOCK_PLAINTEXT_BYTES}, so an
 * observer of the encrypted stream learns only whether a frame carries a block.
 */
public interface RelayConstants {
    /** The address scheme: {@code pli-relay://HOST:PORT/KEY}. */
    String ADDRESS_SCHEME = "pli-relay://";

    /** The Noise prologue of every relay session; binds the protocol version into the handshake. */
    byte[] PROLOGUE = "pli/v1/relay".getBytes(StandardCharsets.US_ASCII);

    /** Bytes of the big-endian length that precedes every Noise message on the stream. */
    int LENGTH_PREFIX_BYTES = 2;

    /** Bytes of both NK handshake messages (an ephemeral key and the tag of an empty payload). */
    int HANDSHAKE_MESSAGE_BYTES = 48;

    /** Bytes of the Noise tag that every transport message adds to its plaintext. */
    int TAG_BYTES = 16;

    /** Plaintext size of every frame that carries no block. */
    int CONTROL_PLAINTEXT_BYTES = SizeClassFrames.CONTROL_PLAINTEXT_BYTES;

    /** Plaintext size of every frame that carries one block. */
    int BLOCK_PLAINTEXT_BYTES = SizeClassFrames.BLOCK_PLAINTEXT_BYTES;

    /** Ciphertext size of a control frame. */
    int CONTROL_CIPHERTEXT_BYTES = CONTROL_PLAINTEXT_BYTES + TAG_BYTES;

    /** Ciphertext size of a block frame. */
    int BLOCK_CIPHERTEXT_BYTES = BLOCK_PLAINTEXT_BYTES + TAG_BYTES;

    /** Bytes at the start of a plaintext that give the length of the encoded frame inside it. */
    int BODY_LENGTH_BYTES = SizeClassFrames.BODY_LENGTH_BYTES;

    /** Bytes of a fetch id, a deposit id and a block id. */
    int ID_BYTES = 16;

    /** Bytes of an Ed25519 public key (mailbox key, sender key). */
    int PUBLIC_KEY_BYTES = 32;

    /** Bytes of an Ed25519 signature. */
    int SIGNATURE_BYTES = 64;

    /** Most block ids one {@code Ack} frame may carry. */
    int MAX_ACK_IDS = 16;

    /** Most block ids one {@code Read} frame may carry. */
    int MAX_READ_IDS = 16;

    /** Most request ids one {@code Done} frame may carry. */
    int MAX_DONE_IDS = 32;

    /** Most blocks one {@code Fetch} returns; a client asking for more gets this many. */
    int MAX_FETCH_BLOCKS = 64;

    /** Longest message of an {@code Error} frame, in characters. */
    int MAX_ERROR_MESSAGE_CHARS = 160;

    /** Deepest nesting the frame decoder follows (a frame holding a proof record is depth 2). */
    int MAX_DECODE_DEPTH = 4;

    /** Label of the proof that creates a mailbox: label || handshake hash || mailbox key. */
    String LABEL_CREATE = "pli/v1/relay/create";
    /** Label of the owner's proof for a subscription: label || handshake hash || fetch id. */
    String LABEL_SUBSCRIBE = "pli/v1/relay/subscribe";
    /** Label of the owner's proof for a fetch: label || handshake hash || fetch id. */
    String LABEL_FETCH = "pli/v1/relay/fetch";
    /** Label of the owner's proof for a read by block id: label || handshake hash || fetch id. */
    String LABEL_READ = "pli/v1/relay/read";
    /** Label of the owner's proof for an ack: label || handshake hash || fetch id. */
    String LABEL_ACK = "pli/v1/relay/ack";
    /** Label of the owner's proof for a lock: label || handshake hash || fetch id || sender key. */
    String LABEL_LOCK = "pli/v1/relay/lock";
    /** Label of the owner's proof for deleting: label || handshake hash || fetch id. */
    String LABEL_DELETE = "pli/v1/relay/delete";
    /** Label of a sender's proof for a locked mailbox: label || handshake hash || deposit id. */
    String LABEL_DEPOSIT = "pli/v1/relay/deposit";
}
