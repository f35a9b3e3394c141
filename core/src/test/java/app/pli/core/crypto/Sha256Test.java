package app.pli.core.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** SHA-256 against FIPS 180-4 vectors; parts and incremental feeding hash the concatenation. */
class Sha256Test {
    private static final HexFormat HEX = HexFormat.of();

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void nistVectors() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                HEX.formatHex(Sha256.hash(ascii("abc"))));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                HEX.formatHex(Sha256.hash(new byte[0])));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                HEX.formatHex(Sha256.hash()));
        assertEquals("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
                HEX.formatHex(Sha256.hash(ascii("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))));
        assertEquals(32, Sha256.BYTES);
    }

    @Test
    void aMillionAsInPieces() {
        // FIPS 180-2 appendix B.3: one million repetitions of "a"
        byte[] piece = new byte[1000];
        java.util.Arrays.fill(piece, (byte) 'a');
        Sha256.Incremental digest = Sha256.incremental();
        for (int i = 0; i < 1000; i++) {
            digest.update(piece, 0, piece.length);
        }
        assertEquals("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
                HEX.formatHex(digest.digest()));
    }

    @Test
    void partsHashTheirConcatenation() {
        assertArrayEquals(Sha256.hash(ascii("abc")), Sha256.hash(ascii("a"), ascii("bc")));
        assertArrayEquals(Sha256.hash(ascii("abc")), Sha256.hash(ascii("ab"), new byte[0], ascii("c")));
        assertArrayEquals(Sha256.hash(ascii("abc")), Sha256.hash(new byte[0], ascii("abc"), new byte[0]));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                HEX.formatHex(Sha256.hash(ascii("a"), ascii("b"), ascii("c"))));
        assertThrows(NullPointerException.class, () -> Sha256.hash((byte[][]) null));
        assertThrows(NullPointerException.class, () -> Sha256.hash(ascii("a"), null));
    }

    @Property(tries = 300)
    void anySplitIntoPartsHashesLikeTheWhole(@ForAll @Size(max = 3000) byte[] data,
            @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 3000) Integer> cuts) {
        List<byte[]> parts = split(data, cuts);
        assertArrayEquals(Sha256.hash(data), Sha256.hash(parts.toArray(new byte[0][])));
    }

    @Property(tries = 300)
    void incrementalFeedingInAnySplitsHashesLikeTheWhole(@ForAll @Size(max = 3000) byte[] data,
            @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 3000) Integer> cuts,
            @ForAll @IntRange(min = 0, max = 17) int slack) {
        Sha256.Incremental digest = Sha256.incremental();
        for (byte[] part : split(data, cuts)) {
            // each part fed from the middle of a larger array, to exercise offset and length
            byte[] padded = new byte[part.length + 2 * slack];
            java.util.Arrays.fill(padded, (byte) 0x5a);
            System.arraycopy(part, 0, padded, slack, part.length);
            assertEquals(digest, digest.update(padded, slack, part.length), "update returns its digest");
        }
        assertArrayEquals(Sha256.hash(data), digest.digest());
    }

    @Property(tries = 100)
    void distinctInputsHashDifferently(@ForAll @Size(min = 1, max = 200) byte[] data,
            @ForAll @IntRange(min = 0, max = 1599) int bit) {
        byte[] flipped = data.clone();
        int at = bit / 8 % data.length;
        flipped[at] ^= (byte) (1 << (bit % 8));
        assertEquals(false, java.util.Arrays.equals(Sha256.hash(data), Sha256.hash(flipped)));
    }

    /** {@code data} cut at the given offsets (taken modulo its length + 1, in order). */
    private static List<byte[]> split(byte[] data, List<Integer> cuts) {
        int[] points = cuts.stream().mapToInt(c -> c % (data.length + 1)).sorted().toArray();
        List<byte[]> parts = new java.util.ArrayList<>();
        int from = 0;
        for (int point : points) {
            parts.add(java.util.Arrays.copyOfRange(data, from, point));
            from = point;
        }
        parts.add(java.util.Arrays.copyOfRange(data, from, data.length));
        return parts;
    }
}
