package app.pli.transport.relay.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.pli.core.crypto.CryptoRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class RelayFrameCodecTest {
    private static byte[] bytes(int n) {
        return CryptoRandom.bytes(n);
    }

    private static OwnerProof owner() {
        return new OwnerProof(bytes(16), bytes(32), bytes(64));
    }

    /** The largest instance of every frame type, which must still fit its size class. */
    static List<RelayFrame> largestFrames() {
        List<byte[]> ackIds = new ArrayList<>();
        for (int i = 0; i < RelayConstants.MAX_ACK_IDS; i++) {
            ackIds.add(bytes(16));
        }
        List<Long> done = Collections.nCopies(RelayConstants.MAX_DONE_IDS, Long.MAX_VALUE);
        return List.of(
                new RelayRequest.CreateMailbox(Long.MAX_VALUE, bytes(32), bytes(64)),
                new RelayRequest.Deposit(Long.MAX_VALUE, bytes(16), bytes(16), bytes(4096), bytes(32), bytes(64)),
                new RelayRequest.Subscribe(Long.MAX_VALUE, owner()),
                new RelayRequest.Unsubscribe(Long.MAX_VALUE, bytes(16)),
                new RelayRequest.Fetch(Long.MAX_VALUE, owner(), Integer.MAX_VALUE),
                new RelayRequest.Ack(Long.MAX_VALUE, owner(), ackIds),
                new RelayRequest.Lock(Long.MAX_VALUE, owner(), bytes(32)),
                new RelayRequest.DeleteMailbox(Long.MAX_VALUE, owner()),
                new RelayRequest.Ping(Long.MAX_VALUE),
                new RelayRequest.Read(Long.MAX_VALUE, owner(), ackIds),
                new RelayResponse.MailboxCreated(Long.MAX_VALUE, bytes(16), bytes(16)),
                new RelayResponse.Done(done),
                new RelayResponse.Deliver(Long.MAX_VALUE, bytes(16), bytes(16), bytes(4096)),
                new RelayResponse.FetchDone(Long.MAX_VALUE, Integer.MAX_VALUE),
                new RelayResponse.ErrorFrame(Long.MAX_VALUE, Integer.MIN_VALUE,
                        "~".repeat(RelayConstants.MAX_ERROR_MESSAGE_CHARS)));
    }

    @Test
    void everyFrameFitsItsSizeClassAndRoundTrips() throws MalformedFrameException {
        for (RelayFrame frame : largestFrames()) {
            byte[] plaintext = RelayFrameCodec.toPlaintext(frame);
            int expected = frame.carriesBlock()
                    ? RelayConstants.BLOCK_PLAINTEXT_BYTES : RelayConstants.CONTROL_PLAINTEXT_BYTES;
            assertEquals(expected, plaintext.length, frame.getClass().getSimpleName());
            RelayFrame back = RelayFrameCodec.fromPlaintext(plaintext);
            assertEquals(frame.getClass(), back.getClass());
            assertArrayEquals(plaintext, RelayFrameCodec.toPlaintext(back), frame.getClass().getSimpleName());
        }
    }

    @Test
    void aReadRoundTripsWithItsIdsInOrder() throws MalformedFrameException {
        OwnerProof owner = owner();
        List<byte[]> ids = List.of(bytes(16), bytes(16), bytes(16));
        byte[] plaintext = RelayFrameCodec.toPlaintext(new RelayRequest.Read(9, owner, ids));
        assertEquals(RelayConstants.CONTROL_PLAINTEXT_BYTES, plaintext.length);
        assertEquals(109, plaintext[2] & 0xff, "the type id follows the body length");
        RelayRequest.Read back = assertInstanceOf(RelayRequest.Read.class, RelayFrameCodec.fromPlaintext(plaintext));
        assertEquals(9, back.requestId());
        assertArrayEquals(owner.fetchId(), back.owner().fetchId());
        assertArrayEquals(owner.signature(), back.owner().signature());
        assertEquals(ids.size(), back.blockIds().size());
        for (int i = 0; i < ids.size(); i++) {
            assertArrayEquals(ids.get(i), back.blockIds().get(i));
        }
    }

    @Test
    void aReadKeepsItsFieldRules() {
        List<byte[]> seventeen = new ArrayList<>();
        for (int i = 0; i <= RelayConstants.MAX_READ_IDS; i++) {
            seventeen.add(bytes(16));
        }
        assertThrows(IllegalArgumentException.class, () -> new RelayRequest.Read(1, owner(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new RelayRequest.Read(1, owner(), seventeen));
        assertThrows(IllegalArgumentException.class, () -> new RelayRequest.Read(1, owner(), List.of(bytes(15))));
        assertThrows(IllegalArgumentException.class, () -> new RelayRequest.Read(0, owner(), List.of(bytes(16))));
        assertThrows(NullPointerException.class, () -> new RelayRequest.Read(1, null, List.of(bytes(16))));
    }

    /**
     * A Read body ends with its list: {@code varint(count)}, then per id {@code 0x01 0x10}
     * and 16 bytes (see the codec's wire format). Rewriting that tail yields frames that
     * decode but break a field rule; they must come out malformed.
     */
    @Test
    void aDecodedReadThatBreaksAFieldRuleIsMalformed() {
        int element = 2 + 16;
        byte[] sixteen = RelayFrameCodec.toPlaintext(new RelayRequest.Read(1, owner(),
                Collections.nCopies(RelayConstants.MAX_READ_IDS, bytes(16))));
        int body = bodyLength(sixteen);
        int count = 2 + body - RelayConstants.MAX_READ_IDS * element - 1;
        assertEquals(RelayConstants.MAX_READ_IDS, sixteen[count]);

        byte[] seventeen = sixteen.clone();
        seventeen[count] = RelayConstants.MAX_READ_IDS + 1;
        System.arraycopy(sixteen, count + 1, seventeen, 2 + body, element);
        setBodyLength(seventeen, body + element);
        assertMalformed(seventeen);

        byte[] none = new byte[sixteen.length];
        System.arraycopy(sixteen, 0, none, 0, count + 1);
        none[count] = 0;
        setBodyLength(none, count - 1);
        assertMalformed(none);

        byte[] shortId = new byte[sixteen.length];
        System.arraycopy(sixteen, 0, shortId, 0, 2 + body - 1);
        shortId[2 + body - element + 1] = 15;
        setBodyLength(shortId, body - 1);
        assertMalformed(shortId);
    }

    private static int bodyLength(byte[] plaintext) {
        return ((plaintext[0] & 0xff) << 8) | (plaintext[1] & 0xff);
    }

    private static void setBodyLength(byte[] plaintext, int length) {
        plaintext[0] = (byte) (length >>> 8);
        plaintext[1] = (byte) length;
    }

    @Test
    void refusesWrongSizesLengthsAndPadding() {
        byte[] ping = RelayFrameCodec.toPlaintext(new RelayRequest.Ping(7));
        assertMalformed(new byte[ping.length - 1]);
        assertMalformed(new byte[ping.length]);

        byte[] tooLong = ping.clone();
        tooLong[0] = (byte) 0xff;
        assertMalformed(tooLong);

        byte[] dirtyPadding = ping.clone();
        dirtyPadding[dirtyPadding.length - 1] = 1;
        assertMalformed(dirtyPadding);

        byte[] truncatedBody = ping.clone();
        truncatedBody[1]--;
        assertMalformed(truncatedBody);
    }

    @Test
    void refusesAFrameInTheWrongSizeClass() {
        byte[] ping = RelayFrameCodec.toPlaintext(new RelayRequest.Ping(7));
        byte[] inBlockClass = new byte[RelayConstants.BLOCK_PLAINTEXT_BYTES];
        System.arraycopy(ping, 0, inBlockClass, 0, ping.length);
        assertMalformed(inBlockClass);
    }

    @Test
    void refusesUnknownTypesAndBrokenFieldRules() {
        byte[] ping = RelayFrameCodec.toPlaintext(new RelayRequest.Ping(1));
        byte[] unknown = ping.clone();
        unknown[2] = 99;
        assertMalformed(unknown);

        byte[] zeroRequestId = ping.clone();
        zeroRequestId[3] = 0; // zig-zag varint of request id 1 is 2; 0 means request id 0
        assertMalformed(zeroRequestId);

        byte[] ownerProofAlone = RelayFrameCodec.toPlaintext(new RelayRequest.Ping(1));
        ownerProofAlone[2] = (byte) 140;
        ownerProofAlone[3] = 1;
        assertMalformed(ownerProofAlone);
    }

    @Property(tries = 2000)
    void randomPlaintextsNeverEscapeAsAnythingButMalformed(@ForAll @Size(max = 600) byte[] body) {
        byte[] plaintext = new byte[RelayConstants.CONTROL_PLAINTEXT_BYTES];
        int n = Math.min(body.length, plaintext.length - 2);
        plaintext[0] = (byte) (n >>> 8);
        plaintext[1] = (byte) n;
        System.arraycopy(body, 0, plaintext, 2, n);
        try {
            RelayFrame frame = RelayFrameCodec.fromPlaintext(plaintext);
            assertInstanceOf(RelayFrame.class, frame);
        } catch (MalformedFrameException expected) {
            assertEquals(MalformedFrameException.class, expected.getClass());
        }
    }

    private static void assertMalformed(byte[] plaintext) {
        assertThrows(MalformedFrameException.class, () -> RelayFrameCodec.fromPlaintext(plaintext));
    }
}
