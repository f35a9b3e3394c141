package app.pli.messenger.envelope;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.codec.DecodeException;
import app.pli.core.codec.SafeCodec;
import app.pli.core.crypto.CryptoRandom;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class PayloadCodecTest {
    @Test
    void aTextRoundTrips() throws DecodeException {
        TextPayload text = new TextPayload(CryptoRandom.bytes(16), 1_700_000_000_000L, 7, "héllo ✓");
        assertEquals(text, PayloadCodec.decode(PayloadCodec.encode(text)));
    }

    @Test
    void groupPayloadsRoundTripAndTheLongestGroupTextFits() throws DecodeException {
        String longest = "€".repeat(TextPayload.MAX_TEXT_BYTES / 3);
        GroupTextPayload text = new GroupTextPayload(CryptoRandom.bytes(16),
                new TextPayload(CryptoRandom.bytes(16), 1_700_000_000_000L, 3, longest));
        GroupTextPayload decoded = (GroupTextPayload) PayloadCodec.decode(PayloadCodec.encode(text));
        assertArrayEquals(text.groupId(), decoded.groupId());
        assertEquals(text.text(), decoded.text());
        byte[] version = CryptoRandom.bytes(30_000);
        assertArrayEquals(version, ((GroupStatePayload) PayloadCodec.decode(PayloadCodec.encode(
                new GroupStatePayload(version)))).version());
        assertThrows(IllegalArgumentException.class, () -> new GroupTextPayload(new byte[15], text.text()));
    }

    @Test
    void aFullReceiptRoundTrips() throws DecodeException {
        List<byte[]> ids = Arbitraries.bytes().array(byte[].class).ofSize(16).list().ofSize(ReceiptPayload.MAX_IDS)
                .sample();
        ReceiptPayload receipt = (ReceiptPayload) PayloadCodec.decode(PayloadCodec.encode(new ReceiptPayload(ids)));
        for (int i = 0; i < ids.size(); i++) {
            assertArrayEquals(ids.get(i), receipt.messageIds().get(i));
        }
    }

    @Test
    void theLongestTextFitsTheCodecLimit() throws DecodeException {
        String text = "€".repeat(TextPayload.MAX_TEXT_BYTES / 3);
        TextPayload payload = new TextPayload(new byte[16], 0, 1, text);
        assertEquals(text, ((TextPayload) PayloadCodec.decode(PayloadCodec.encode(payload))).text());
        assertThrows(IllegalArgumentException.class,
                () -> new TextPayload(new byte[16], 0, 1, "x".repeat(TextPayload.MAX_TEXT_BYTES + 1)));
    }

    @Property(tries = 2000)
    void arbitraryBytesDecodeToAPayloadOrFailCleanly(@ForAll byte[] junk) {
        try {
            PayloadCodec.decode(junk);
        } catch (DecodeException e) {
            assertEquals(DecodeException.class, e.getClass());
        }
    }

    @Test
    void aFrameOfAnotherFamilyIsRefused() {
        byte[] frame = SafeCodec.builder().register(700, ReceiptRequestPayload.class)
                .maxFrameBytes(PayloadCodec.MAX_PAYLOAD_BYTES).maxDepth(3).build()
                .encode(new ReceiptRequestPayload(List.of(new byte[16])));
        assertThrows(DecodeException.class, () -> PayloadCodec.decode(frame), "id 700 is not a payload");
    }

    @Test
    void aTextWithTheMostFilesOfTheLargestSizeRoundTripsWithinTheLimits() throws DecodeException {
        List<FileRef.Segment> segments = new java.util.ArrayList<>();
        for (int i = 0; i < FileRef.MAX_SEGMENTS; i++) {
            segments.add(new FileRef.Segment(new byte[16], new byte[32]));
        }
        List<FileRef> files = new java.util.ArrayList<>();
        for (int i = 0; i < TextPayload.MAX_FILES; i++) {
            files.add(new FileRef(new byte[16], "n".repeat(FileRef.MAX_NAME_BYTES), 1L << 30, new byte[32],
                    new byte[32], "r".repeat(FileRef.MAX_RELAY_CHARS), segments));
        }
        TextPayload full = new TextPayload(new byte[16], 1, 1, "x".repeat(TextPayload.MAX_TEXT_BYTES), files);
        byte[] frame = PayloadCodec.encode(new GroupTextPayload(new byte[16], full));
        GroupTextPayload back = (GroupTextPayload) PayloadCodec.decode(frame);
        assertEquals(full, back.text());
        assertTrue(frame.length <= PayloadCodec.MAX_PAYLOAD_BYTES, "within the payload limit");
        assertTrue(frame.length + 200 <= EnvelopeBlocks.CHUNK_BYTES * EnvelopeBlocks.MAX_BLOCKS,
                "fits one envelope with the ratchet's header and tag");
    }

    @Test
    void aReceiptRequestAndAnAnswerNamingMissingTextsRoundTrip() throws DecodeException {
        byte[] have = new byte[16];
        byte[] lost = new byte[16];
        lost[0] = 1;
        ReceiptRequestPayload request = (ReceiptRequestPayload) PayloadCodec.decode(PayloadCodec.encode(
                new ReceiptRequestPayload(List.of(have, lost))));
        assertEquals(2, request.messageIds().size());
        assertArrayEquals(lost, request.messageIds().get(1));
        ReceiptPayload answer = (ReceiptPayload) PayloadCodec.decode(PayloadCodec.encode(
                new ReceiptPayload(List.of(have), List.of(lost))));
        assertArrayEquals(have, answer.messageIds().get(0));
        assertArrayEquals(lost, answer.missingIds().get(0));
    }

    @Test
    void receiptsNameAtLeastOneAndAtMost512IdsPerList() {
        assertThrows(IllegalArgumentException.class, () -> new ReceiptPayload(List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ReceiptRequestPayload(List.of()));
        List<byte[]> tooMany = Collections.nCopies(513, new byte[16]);
        assertThrows(IllegalArgumentException.class, () -> new ReceiptPayload(List.of(), tooMany));
        assertThrows(IllegalArgumentException.class, () -> new ReceiptRequestPayload(tooMany));
        assertThrows(IllegalArgumentException.class, () -> new ReceiptPayload(List.of(new byte[15])));
    }
}
