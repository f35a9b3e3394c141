package app.pli.messenger.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.block.BlockConstants;
import app.pli.core.crypto.CryptoRandom;
import app.pli.core.error.PliException;
import app.pli.messenger.testing.TestRelay;
import app.pli.transport.relay.client.MailboxCredentials;
import app.pli.transport.relay.client.RelayBlock;
import app.pli.transport.relay.wire.RelayAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Relay calls with a bounded wait, against a real relay and against a port where none listens. */
class RelayLinksTest {
    @TempDir
    Path dir;

    @Test
    void aRepeatedDepositIsStoredOnce() throws PliException {
        try (TestRelay relay = TestRelay.start(dir); RelayLinks links = new RelayLinks(Duration.ofSeconds(10))) {
            MailboxCredentials mailbox = links.createMailbox(relay.address());
            RelayBlock block = PayloadBlocks.of(CryptoRandom.bytes(BlockConstants.BLOCK_SIZE));

            links.deposit(relay.address(), mailbox.depositId(), block);
            links.deposit(relay.address(), mailbox.depositId(), PayloadBlocks.of(block.block().bytes()));

            List<RelayBlock> fetched = links.fetch(relay.address(), mailbox);
            assertEquals(List.of(block), fetched);
            links.ack(relay.address(), mailbox, List.of(block.id()));
            assertEquals(List.of(), links.fetch(relay.address(), mailbox));
            links.delete(relay.address(), mailbox);
        }
    }

    @Test
    void anUnreachableRelayIsNamedOnceAndSkippedUntilRetried() throws PliException {
        String silent;
        try (TestRelay relay = TestRelay.start(dir)) {
            silent = relay.address();
        }
        RelayAddress address = RelayAddress.parse(silent);
        try (RelayLinks links = new RelayLinks(Duration.ofMillis(500))) {
            RelayUnreachableException first = assertThrows(RelayUnreachableException.class,
                    () -> links.createMailbox(silent));
            assertTrue(first.getMessage().startsWith("relay 127.0.0.1:" + address.port() + " is unreachable"),
                    first.getMessage());
            assertFalse(links.reachable(silent));
            assertThrows(RelayUnreachableException.class, () -> links.createMailbox(silent));
            assertEquals(1, links.problems().size());
            assertTrue(links.problems().get(0).endsWith("stays queued for the next sync"));

            links.retryUnreachable();
            assertTrue(links.reachable(silent));
            assertEquals(List.of(), links.problems());
        }
    }

    @Test
    void relaysAreShownByHostAndPortOnly() {
        String token = "pli-relay://[::1]:7337/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        assertEquals("[::1]:7337", RelayLinks.hostAndPort(token));
        assertEquals("(malformed address)", RelayLinks.hostAndPort("nonsense"));
    }
}
