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
