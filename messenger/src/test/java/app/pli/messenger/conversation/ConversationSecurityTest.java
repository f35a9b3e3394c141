package app.pli.messenger.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import app.pli.core.block.BlockConstants;
import app.pli.core.error.PliException;
import app.pli.messenger.session.RatchetSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile carriers: a tampered block, a replayed block, a block from another conversation
 * and a message beyond MAX_SKIP are refused or ignored, never stored twice, never crash,
 * and the session keeps working afterwards.
 */
class ConversationSecurityTest {
    @TempDir
    Path dir;

    private ConversationEnds ends;

    @BeforeEach
    void create() throws PliException, IOException {
        ends = ConversationEnds.create(dir);
    }

    @AfterEach
    void close() throws PliException {
        ends.close();
    }

    @Test
    void aTamperedBlockIsRefusedAndTheSessionGoesOn() throws PliException {
        ends.inviter.send("hello");
        byte[] block = ends.inviter.takeOutbox().get(0).get(0);
        for (int position : new int[] {0, 30, 2000, BlockConstants.BLOCK_SIZE - 1}) {
            byte[] tampered = block.clone();
            tampered[position] ^= 0x01;
            assertInstanceOf(ReceiveOutcome.Refused.class, ends.invitee.receive(tampered));
        }
        assertInstanceOf(ReceiveOutcome.Stored.class, ends.invitee.receive(block));
        assertOnlyTexts(List.of("hello"));
        assertSessionStillWorks();
    }

    @Test
    void aReplayedBlockIsNotStoredTwice() throws PliException {
        ends.inviter.send("once");
        byte[] block = ends.inviter.takeOutbox().get(0).get(0);
        assertInstanceOf(ReceiveOutcome.Stored.class, ends.invitee.receive(block));
        for (int i = 0; i < 3; i++) {
            assertInstanceOf(ReceiveOutcome.Refused.class, ends.invitee.receive(block),
                    "the message key was used: the ratchet refuses a repeat");
        }
        assertOnlyTexts(List.of("once"));
        assertSessionStillWorks();
    }

    @Test
    void aBlockFromAnotherConversationIsRefused() throws PliException, IOException {
        try (ConversationEnds strangers = ConversationEnds.create(dir.resolve("other"))) {
            strangers.inviter.send("not for you");
            byte[] foreign = strangers.inviter.takeOutbox().get(0).get(0);
            assertInstanceOf(ReceiveOutcome.Refused.class, ends.invitee.receive(foreign));
        }
        // A block reflected back to its sender is refused too: each direction has its own key.
        ends.inviter.send("mine");
        byte[] mine = ends.inviter.takeOutbox().get(0).get(0);
        assertInstanceOf(ReceiveOutcome.Refused.class, ends.inviter.receive(mine));
        assertOnlyTexts(List.of());
        assertSessionStillWorks();
    }

    @Test
    void aMessageBeyondMaxSkipIsRefusedAndTheSessionGoesOn() throws PliException {
        for (int i = 0; i <= RatchetSession.MAX_SKIP + 1; i++) {
            ends.inviter.send("m" + i);
        }
        List<List<byte[]>> envelopes = ends.inviter.takeOutbox();
        byte[] last = envelopes.get(envelopes.size() - 1).get(0);
        assertInstanceOf(ReceiveOutcome.Refused.class, ends.invitee.receive(last), "it would skip MAX_SKIP + 1 keys");
        assertOnlyTexts(List.of());
        assertInstanceOf(ReceiveOutcome.Stored.class, ends.invitee.receive(envelopes.get(0).get(0)));
        assertInstanceOf(ReceiveOutcome.Stored.class, ends.invitee.receive(last), "now it skips exactly MAX_SKIP");
        assertOnlyTexts(List.of("m0", "m" + (RatchetSession.MAX_SKIP + 1)));
        assertSessionStillWorks();
    }

    @Test
    void aMultiBlockEnvelopeArrivesInAnyOrderAndOnlyOnce() throws PliException {
        String text = "z".repeat(20_000);
        ends.inviter.send(text);
        List<byte[]> blocks = ends.inviter.takeOutbox().get(0);
        assertEquals(5, blocks.size());
        for (int i = blocks.size() - 1; i > 0; i--) {
            assertInstanceOf(ReceiveOutcome.Partial.class, ends.invitee.receive(blocks.get(i)));
            assertInstanceOf(ReceiveOutcome.Partial.class, ends.invitee.receive(blocks.get(i)), "a repeated part");
        }
        assertInstanceOf(ReceiveOutcome.Stored.class, ends.invitee.receive(blocks.get(0)));
        for (int i = 0; i < blocks.size() - 1; i++) {
            assertInstanceOf(ReceiveOutcome.Partial.class, ends.invitee.receive(blocks.get(i)), "a replayed part");
        }
        assertInstanceOf(ReceiveOutcome.Refused.class, ends.invitee.receive(blocks.get(blocks.size() - 1)),
                "a replayed envelope, complete again, is refused by the ratchet");
        assertOnlyTexts(List.of(text));
        assertSessionStillWorks();
    }

    @Test
    void receiptsMarkMessagesDeliveredOnce() throws PliException {
        ends.inviter.send("r1");
        ends.inviter.send("r2");
        for (List<byte[]> envelope : ends.inviter.takeOutbox()) {
            ends.invitee.receive(envelope.get(0));
        }
        assertEquals(1, ends.invitee.conversations.sender().queueReceipts());
        assertEquals(0, ends.invitee.conversations.sender().queueReceipts(), "receipts are queued once");
        byte[] receipt = ends.invitee.takeOutbox().get(0).get(0);
        assertEquals(new ReceiveOutcome.Receipt(2, 0), ends.inviter.receive(receipt));
        assertInstanceOf(ReceiveOutcome.Refused.class, ends.inviter.receive(receipt));
        assertEquals(List.of(MessageStatus.DELIVERED, MessageStatus.DELIVERED),
                ends.inviter.conversation().stream().map(StoredMessage::status).toList());
    }

    private void assertOnlyTexts(List<String> expected) throws PliException {
        assertEquals(expected, ends.invitee.conversation().stream().map(StoredMessage::text).toList());
    }

    /** Both directions still work: the invitee answers and the inviter sends again. */
    private void assertSessionStillWorks() throws PliException {
        ends.invitee.send("reply");
        assertInstanceOf(ReceiveOutcome.Stored.class, ends.inviter.receive(ends.invitee.takeOutbox().get(0).get(0)));
        ends.inviter.send("again");
        List<List<byte[]>> out = ends.inviter.takeOutbox();
        assertInstanceOf(ReceiveOutcome.Stored.class, ends.invitee.receive(out.get(out.size() - 1).get(0)));
    }
}
