package app.pli.messenger.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.pli.core.crypto.AuthenticationException;
import app.pli.core.crypto.ChaCha20Poly1305;
import app.pli.core.crypto.CryptoException;
import app.pli.core.crypto.CryptoRandom;
import app.pli.core.crypto.Hkdf;
import app.pli.core.crypto.HmacSha256;
import app.pli.core.crypto.KdfLabel;
import app.pli.core.crypto.SymmetricKey;
import app.pli.transport.relay.wire.BlockId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** File blocks seal and open only at their place, under their file's key and bucket (PROTOCOL.md §12.1). */
class FileBlockCipherTest {
    private static final int TOTAL = 20;
    private static final byte[] SECRET = CryptoRandom.bytes(32);
    private static final FileBlockCipher CIPHER = new FileBlockCipher(SECRET, TOTAL);
    private static final byte[] FULL = CryptoRandom.bytes(4078);
    private static final byte[] SEALED = CIPHER.seal(3, FULL, 0, FULL.length);

    @Test
    void blocksOfZeroOneAndAFullChunkRoundTripInFourKibibytes() throws AuthenticationException {
        assertEquals(4078, FileBlockCipher.CHUNK_BYTES);
        for (int length : new int[] {0, 1, 2, 100, 4077, 4078}) {
            byte[] data = CryptoRandom.bytes(length + 7);
            byte[] sealed = CIPHER.seal(5, data, 7, length);
            assertEquals(4096, sealed.length, "length " + length);
            assertArrayEquals(Arrays.copyOfRange(data, 7, 7 + length), CIPHER.open(5, sealed), "length " + length);
        }
    }

    @Test
    void paddingBlocksOpenEmptyAtEveryIndex() throws AuthenticationException {
        for (int index = 0; index < TOTAL; index++) {
            byte[] sealed = CIPHER.seal(index, new byte[0], 0, 0);
            assertEquals(0, CIPHER.open(index, sealed).length);
        }
    }

    @Test
    void sealingIsDeterministicAndDiffersPerIndex() {
        assertArrayEquals(SEALED, CIPHER.seal(3, FULL, 0, FULL.length));
        assertArrayEquals(SEALED, new FileBlockCipher(SECRET.clone(), TOTAL).seal(3, FULL.clone(), 0, FULL.length));
        Set<String> seen = new HashSet<>();
        for (int index = 0; index < TOTAL; index++) {
            byte[] sealed = CIPHER.seal(index, FULL, 0, FULL.length);
            assertEquals(true, seen.add(Arrays.toString(sealed)), "index " + index + " seals like another");
        }
        assertFalse(Arrays.equals(SEALED, new FileBlockCipher(SECRET, TOTAL + 1).seal(3, FULL, 0, FULL.length)),
                "another bucket seals differently");
        assertFalse(Arrays.equals(SEALED, new FileBlockCipher(CryptoRandom.bytes(32), TOTAL).seal(3, FULL, 0,
                FULL.length)), "another secret seals differently");
    }

    @Test
    void aBlockOpensOnlyAtItsIndexUnderItsBucketAndSecret() throws AuthenticationException {
        assertArrayEquals(FULL, CIPHER.open(3, SEALED));
        for (int index = 0; index < TOTAL; index++) {
            if (index != 3) {
                int at = index;
                assertThrows(AuthenticationException.class, () -> CIPHER.open(at, SEALED), "index " + index);
            }
        }
        for (int total : new int[] {4, 16, 19, 21, 24, 1 << 20}) {
            FileBlockCipher other = new FileBlockCipher(SECRET, total);
            assertThrows(AuthenticationException.class, () -> other.open(3, SEALED), "total " + total);
        }
        byte[] near = SECRET.clone();
        near[31] ^= 1;
        assertThrows(AuthenticationException.class, () -> new FileBlockCipher(near, TOTAL).open(3, SEALED));
        assertThrows(AuthenticationException.class,
                () -> new FileBlockCipher(CryptoRandom.bytes(32), TOTAL).open(3, SEALED));
    }

    @Property(tries = 300)
    void anyFlippedBitIsRefused(@ForAll @IntRange(min = 0, max = 4096 * 8 - 1) int bit) {
        byte[] tampered = SEALED.clone();
        tampered[bit / 8] ^= (byte) (1 << (bit % 8));
        assertThrows(AuthenticationException.class, () -> CIPHER.open(3, tampered), "bit " + bit);
    }

    @Test
    void blocksOfTheWrongLengthAreRefused() {
        assertThrows(AuthenticationException.class, () -> CIPHER.open(3, Arrays.copyOf(SEALED, 4095)));
        assertThrows(AuthenticationException.class, () -> CIPHER.open(3, Arrays.copyOf(SEALED, 4097)));
        assertThrows(AuthenticationException.class, () -> CIPHER.open(3, new byte[0]));
    }

    @Test
    void theLayoutIsThatOfTheProtocol() throws CryptoException {
        // §12.1, rebuilt from the primitives: key from HKDF, nonce 0^4 ‖ u64be(i), aad label ‖ u32be(n)
        SymmetricKey blockKey = Hkdf.deriveKey(SECRET, new byte[0], KdfLabel.of("pli/v1/file/block-key"));
        byte[] nonce = ByteBuffer.allocate(12).putInt(0).putLong(3).array();
        byte[] aad = ByteBuffer.allocate(17 + 4).put("pli/v1/file/block".getBytes(StandardCharsets.US_ASCII))
                .putInt(TOTAL).array();
        byte[] plaintext = ChaCha20Poly1305.open(blockKey, nonce, aad, SEALED);
        assertEquals(4080, plaintext.length);
        assertEquals(4078, ((plaintext[0] & 0xff) << 8) | (plaintext[1] & 0xff));
        assertArrayEquals(FULL, Arrays.copyOfRange(plaintext, 2, 4080));

        byte[] short5 = CIPHER.seal(7, FULL, 0, 5);
        byte[] opened = ChaCha20Poly1305.open(blockKey, ByteBuffer.allocate(12).putInt(0).putLong(7).array(), aad,
                short5);
        assertEquals(0, opened[0]);
        assertEquals(5, opened[1]);
        assertArrayEquals(Arrays.copyOf(FULL, 5), Arrays.copyOfRange(opened, 2, 7));
        assertArrayEquals(new byte[4080 - 7], Arrays.copyOfRange(opened, 7, 4080), "zeros after the data");

        byte[] idKey = Hkdf.derive(SECRET, new byte[0], KdfLabel.of("pli/v1/file/block-id"), 32);
        for (int index : new int[] {0, 1, 255, 256, 8191, 327679}) {
            byte[] mac = HmacSha256.mac(idKey, ByteBuffer.allocate(4).putInt(index).array());
            assertArrayEquals(Arrays.copyOf(mac, 16), CIPHER.blockId(index).bytes(), "id of " + index);
        }
    }

    @Test
    void aBlockWithDataInItsPaddingOrAnOverlongLengthIsRefused() throws CryptoException {
        SymmetricKey blockKey = Hkdf.deriveKey(SECRET, new byte[0], KdfLabel.of("pli/v1/file/block-key"));
        byte[] nonce = ByteBuffer.allocate(12).putInt(0).putLong(4).array();
        byte[] aad = ByteBuffer.allocate(21).put("pli/v1/file/block".getBytes(StandardCharsets.US_ASCII))
                .putInt(TOTAL).array();

        byte[] dirtyPadding = new byte[4080];
        dirtyPadding[1] = 10;
        dirtyPadding[4079] = 1;
        byte[] dirty = ChaCha20Poly1305.seal(blockKey, nonce, aad, dirtyPadding);
        assertThrows(AuthenticationException.class, () -> CIPHER.open(4, dirty));

        byte[] justAfter = new byte[4080];
        justAfter[1] = 10;
        justAfter[12] = 1;
        byte[] sealedAfter = ChaCha20Poly1305.seal(blockKey, nonce, aad, justAfter);
        assertThrows(AuthenticationException.class, () -> CIPHER.open(4, sealedAfter));

        byte[] overlong = new byte[4080];
        overlong[0] = (byte) (4079 >>> 8);
        overlong[1] = (byte) 4079;
        byte[] sealedOverlong = ChaCha20Poly1305.seal(blockKey, nonce, aad, overlong);
        assertThrows(AuthenticationException.class, () -> CIPHER.open(4, sealedOverlong));

        byte[] maximal = new byte[4080];
        maximal[0] = (byte) 0xff;
        maximal[1] = (byte) 0xff;
        byte[] sealedMaximal = ChaCha20Poly1305.seal(blockKey, nonce, aad, maximal);
        assertThrows(AuthenticationException.class, () -> CIPHER.open(4, sealedMaximal));
    }

    @Test
    void blockIdsAreSixteenBytesDeterministicAndDistinct() {
        assertEquals(16, CIPHER.blockId(0).bytes().length);
        assertEquals(CIPHER.blockId(42), new FileBlockCipher(SECRET.clone(), TOTAL).blockId(42));
        // ids do not depend on the bucket: only on the secret and the index
        assertEquals(CIPHER.blockId(42), new FileBlockCipher(SECRET, 1 << 19).blockId(42));
        Set<BlockId> ids = new HashSet<>();
        for (int index = 0; index < 100_000; index++) {
            if (!ids.add(CIPHER.blockId(index))) {
                assertFalse(true, "block id of " + index + " repeats");
            }
        }
        assertEquals(100_000, ids.size());
        FileBlockCipher other = new FileBlockCipher(CryptoRandom.bytes(32), TOTAL);
        for (int index = 0; index < 1000; index++) {
            assertFalse(ids.contains(other.blockId(index)), "another file's block " + index);
        }
        assertNotEquals(CIPHER.blockId(0), CIPHER.blockId(1));
    }

    @Test
    void sealRefusesTooMuchDataAndIndexesOutsideTheFile() {
        byte[] big = new byte[5000];
        assertThrows(IllegalArgumentException.class, () -> CIPHER.seal(0, big, 0, 4079));
        assertThrows(IllegalArgumentException.class, () -> CIPHER.seal(0, big, 0, -1));
        assertThrows(IllegalArgumentException.class, () -> CIPHER.seal(-1, FULL, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> CIPHER.seal(TOTAL, FULL, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> CIPHER.seal(Integer.MAX_VALUE, FULL, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> CIPHER.open(-1, SEALED));
        assertThrows(IllegalArgumentException.class, () -> CIPHER.open(TOTAL, SEALED));
        CIPHER.seal(TOTAL - 1, FULL, 0, 10);
    }

    @Test
    void theCipherRefusesABadSecretOrNoBlocks() {
        assertThrows(IllegalArgumentException.class, () -> new FileBlockCipher(new byte[31], 16));
        assertThrows(IllegalArgumentException.class, () -> new FileBlockCipher(new byte[33], 16));
        assertThrows(IllegalArgumentException.class, () -> new FileBlockCipher(new byte[32], 0));
        assertThrows(NullPointerException.class, () -> new FileBlockCipher(null, 16));
        assertEquals(TOTAL, CIPHER.totalBlocks());
    }
}
