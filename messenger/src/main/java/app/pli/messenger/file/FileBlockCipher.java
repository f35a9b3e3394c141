package app.pli.messenger.file;

import app.pli.core.crypto.AuthenticationException;
import app.pli.core.crypto.CryptoException;
import app.pli.core.crypto.Ed25519KeyPair;
import app.pli.core.crypto.Ed25519PrivateKey;
import app.pli.core.crypto.Hkdf;
import app.pli.core.crypto.HmacSha256;
import app.pli.core.crypto.KdfLabel;
import app.pli.core.crypto.SymmetricKey;
import app.pli.core.crypto.ChaCha20Poly1305;
import app.pli.core.block.BlockConstants;
import app.pli.transport.relay.wire.BlockId;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * The keys of one file, all derived from its 32-byte random secret, and the sealing of its
 * blocks. Block {@code i} of {@code n} is
 * {@code ChaCha20-Poly1305(blockKey, nonce = 0^4 ‖ u64be(i), aad = label ‖ u32be(n),
 * u16be(len) ‖ data(len) ‖ zeros)}, exactly 4096 bytes (the suite's AEAD with a counter
 * for a nonce: one key per file, each index sealed once); the nonce is never sent (the
 * receiver knows the index), so a block moved to another index, or to another file, does
 * not open. Sealing is deterministic: a resumed upload re-sends byte-identical blocks,
 * which the relay stores once. Block ids are {@code HMAC(idKey, u32be(i))[0..16)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class FileBlockCipher {
    /** Bytes of the file secret. */
    public static final int SECRET_BYTES = 32;
    /** Plaintext bytes per block: the block less the tag. */
    static final int PLAINTEXT_BYTES = BlockConstants.BLOCK_SIZE - ChaCha20Poly1305.TAG_BYTES;
    /** File data per block. */
    public static final int CHUNK_BYTES = PLAINTEXT_BYTES - 2;

    private static final byte[] AAD_LABEL = "pli/v1/file/block".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final KdfLabel BLOCK_KEY = KdfLabel.of("pli/v1/file/block-key");
    private static final KdfLabel BLOCK_ID_KEY = KdfLabel.of("pli/v1/file/block-id");

    private final SymmetricKey blockKey;
    private final byte[] idKey;
    private final int totalBlocks;

    /**
     * @param secret the file's secret
     * @param totalBlocks the padded block count (part of every block's associated data)
     */
    public FileBlockCipher(byte[] secret, int totalBlocks) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length != SECRET_BYTES || totalBlocks < 1) {
            throw new IllegalArgumentException("a file secret is 32 bytes and a file has blocks");
        }
        this.blockKey = Hkdf.deriveKey(secret, new byte[0], BLOCK_KEY);
        this.idKey = Hkdf.derive(secret, new byte[0], BLOCK_ID_KEY, 32);
        this.totalBlocks = totalBlocks;
    }

    /** The relay block id of block {@code index}. */
    public BlockId blockId(int index) {
        byte[] mac = HmacSha256.mac(idKey, ByteBuffer.allocate(4).putInt(index).array());
        return BlockId.of(Arrays.copyOf(mac, 16));
    }

    /** Block {@code index} carrying {@code length} bytes of {@code data} from {@code offset} (0 for padding). */
    public byte[] seal(int index, byte[] data, int offset, int length) {
        checkIndex(index);
        if (length < 0 || length > CHUNK_BYTES) {
            throw new IllegalArgumentException("a block carries 0.." + CHUNK_BYTES + " bytes");
        }
        byte[] plaintext = new byte[PLAINTEXT_BYTES];
        plaintext[0] = (byte) (length >>> 8);
        plaintext[1] = (byte) length;
        System.arraycopy(data, offset, plaintext, 2, length);
        try {
            return ChaCha20Poly1305.seal(blockKey, nonce(index), aad(), plaintext);
        } catch (CryptoException e) {
            throw new IllegalStateException("a file block nonce has the wrong length", e);
        }
    }

    /**
     * The data of block {@code index}.
     *
     * @throws AuthenticationException if the block was not sealed by this file's key at this
     *     index, or its padding is not zeros
     */
    public byte[] open(int index, byte[] block) throws AuthenticationException {
        checkIndex(index);
        if (block.length != BlockConstants.BLOCK_SIZE) {
            throw new AuthenticationException("a file block is " + BlockConstants.BLOCK_SIZE + " bytes");
        }
        byte[] plaintext;
        try {
            plaintext = ChaCha20Poly1305.open(blockKey, nonce(index), aad(), block);
        } catch (AuthenticationException e) {
            throw e;
        } catch (CryptoException e) {
            throw new IllegalStateException("a file block nonce has the wrong length", e);
        }
        int length = ((plaintext[0] & 0xff) << 8) | (plaintext[1] & 0xff);
        if (length > CHUNK_BYTES) {
            throw new AuthenticationException("a file block claims more data than it holds");
        }
        for (int i = 2 + length; i < plaintext.length; i++) {
            if (plaintext[i] != 0) {
                throw new AuthenticationException("a file block's padding is not zeros");
            }
        }
        return Arrays.copyOfRange(plaintext, 2, 2 + length);
    }

    /** The padded block count this cipher seals for. */
    public int totalBlocks() {
        return totalBlocks;
    }

    /** The key pair of file mailbox {@code segment}'s owner, from the seed that travels with the file. */
    public static Ed25519KeyPair mailboxKey(byte[] seed) throws CryptoException {
        return Ed25519KeyPair.of(Ed25519PrivateKey.of(seed));
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= totalBlocks) {
            throw new IllegalArgumentException("block " + index + " is outside 0.." + (totalBlocks - 1));
        }
    }

    private static byte[] nonce(int index) {
        return ByteBuffer.allocate(ChaCha20Poly1305.NONCE_BYTES).putInt(0).putLong(index).array();
    }

    private byte[] aad() {
        return ByteBuffer.allocate(AAD_LABEL.length + 4).put(AAD_LABEL).putInt(totalBlocks).array();
    }
}
