package app.pli.transport.lan.link;

import app.pli.core.block.BlockConstants;
import app.pli.core.codec.SizeClassFrames;
import java.nio.charset.StandardCharsets;

/**
 * The numbers and labels of the LAN link and introduction channels, version 1, in one
 * place: every size both ends check, every prologue and derivation label.
 *
 * <p>Framing on the TCP stream is the relay's: each Noise message is preceded by its length
 * as a 2-byte big-endian integer; both handshake messages are {@value #HANDSHAKE_MESSAGE_BYTES}
 * bytes; every transport plaintext is exactly {@value #CONTROL_PLAINTEXT_BYTES} or
 * {@link #BLOCK_PLAINTEXT_BYTES} bytes, so an observer learns only whether a frame carries a
 * block.
 */
public interface LinkConstants {
    /** The Noise prologue of a contact link (Noise_KK_25519_ChaChaPoly_SHA256). */
    byte[] LINK_PROLOGUE = "pli/v1/lan/link".getBytes(StandardCharsets.US_ASCII);

    /** The Noise prologue of the one-time introduction channel (KK under keys derived from the secret). */
    byte[] INTRO_PROLOGUE = "pli/v1/lan/intro".getBytes(StandardCharsets.US_ASCII);

    /** HKDF label turning the invitation's one-time secret into the introduction pre-shared key. */
    String LABEL_INTRO_PSK = "pli/v1/lan/intro-psk";

    /** HKDF label deriving, from the pre-shared key, the static X25519 key of the connecting side. */
    String LABEL_INTRO_CONNECTOR_KEY = "pli/v1/lan/intro-psk/connector-key";

    /** HKDF label deriving, from the pre-shared key, the static X25519 key of the serving side. */
    String LABEL_INTRO_SERVER_KEY = "pli/v1/lan/intro-psk/server-key";

    /** Bytes of the big-endian length that precedes every Noise message on the stream. */
    int LENGTH_PREFIX_BYTES = 2;

    /** Bytes of both KK handshake messages: an ephemeral key and the tag of an empty payload. */
    int HANDSHAKE_MESSAGE_BYTES = 48;

    /** Bytes of the Noise tag that every transport message adds to its plaintext. */
    int TAG_BYTES = 16;

    /** Plaintext size of every frame that carries no block. */
    int CONTROL_PLAINTEXT_BYTES = SizeClassFrames.CONTROL_PLAINTEXT_BYTES;

    /** Plaintext size of every frame that carries one block. */
    int BLOCK_PLAINTEXT_BYTES = SizeClassFrames.BLOCK_PLAINTEXT_BYTES;

    /** Ciphertext size of a control frame (530 bytes on the wire with its length prefix). */
    int CONTROL_CIPHERTEXT_BYTES = CONTROL_PLAINTEXT_BYTES + TAG_BYTES;

    /** Ciphertext size of a block frame (4370 bytes on the wire with its length prefix). */
    int BLOCK_CIPHERTEXT_BYTES = BLOCK_PLAINTEXT_BYTES + TAG_BYTES;

    /** Bytes at the start of a plaintext that give the length of the encoded frame inside it. */
    int BODY_LENGTH_BYTES = SizeClassFrames.BODY_LENGTH_BYTES;

    /** Bytes of a block's id. */
    int BLOCK_ID_BYTES = 16;

    /** Bytes of a block. */
    int BLOCK_BYTES = BlockConstants.BLOCK_SIZE;

    /** Most block ids one acknowledgement or refusal frame carries. */
    int MAX_ACK_IDS = 16;

    /** Most contact keys a link server tries against one first handshake message. */
    int MAX_TRIAL_PEERS = 1024;

    /** Bytes of a file's id, by which a receiver asks for its blocks. */
    int FILE_ID_BYTES = 16;

    /** Most blocks one file request or file-missing frame names. */
    int MAX_FILE_REQUEST_BLOCKS = 64;

    /** Most blocks one introduction message (request or answer) may span. */
    int MAX_INTRO_BLOCKS = 4;

    /** Deepest nesting the frame decoder follows (a frame holding a list is depth 2). */
    int MAX_DECODE_DEPTH = 3;
}
