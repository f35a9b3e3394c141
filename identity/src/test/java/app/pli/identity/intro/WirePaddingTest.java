package app.pli.identity.intro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.pli.core.block.BlockConstants;
import app.pli.core.error.PliException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every sealed M1 and M2 is exactly one relay block, whatever the length of the shared name. */
class WirePaddingTest extends TwoPartyTest {
    @Test
    void messagesAreOneBlockForShortAndLongNames() throws PliException {
        String longest = "\uD83D\uDE00".repeat(64); // 64 code points of 4 bytes: the longest name in bytes
        for (String name : List.of("", "Bob", longest)) {
            CreatedInvitation invitation = invite();
            AcceptedInvitation accepted = bob.introductions.accept(invitation.invitation(), bob.inbox, name,
                    Optional.of("Alice " + name.length()));
            List<OutgoingIntroductionMessage> m1 = bob.introductions.pendingOutbox();
            assertEquals(1, m1.size());
            assertEquals(BlockConstants.BLOCK_SIZE, m1.get(0).payload().length);

            alice.introductions.receive(invitation.introductionId(), m1.get(0).payload());
            bob.introductions.markSent(m1.get(0).id());
            List<OutgoingIntroductionMessage> m2 = alice.introductions.pendingOutbox();
            assertEquals(1, m2.size());
            assertEquals(BlockConstants.BLOCK_SIZE, m2.get(0).payload().length);
            alice.introductions.markSent(m2.get(0).id());

            ReceiveResult done = bob.introductions.receive(accepted.introductionId(), m2.get(0).payload());
            assertFalse(done.duplicate(), "the padded M2 opens and advances the introduction");
        }
    }
}
