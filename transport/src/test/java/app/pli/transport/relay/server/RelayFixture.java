package app.pli.transport.relay.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.pli.core.block.Block;
import app.pli.core.crypto.CryptoRandom;
import app.pli.core.error.PliException;
import app.pli.transport.relay.client.MailboxCredentials;
import app.pli.transport.relay.client.RelayBlock;
import app.pli.transport.relay.client.RelayClient;
import app.pli.transport.relay.wire.RelayAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/** Starting relays for tests, and the check that a relay still serves a well-behaved client. */
final class RelayFixture {
    /** Upper bound for waiting on a future in a test: a hang guard, not a timing assertion. */
    static final long WAIT_SECONDS = 30;

    private RelayFixture() {}

    static RelayServer start(Path dataDir) throws PliException {
        return start(dataDir, b -> b);
    }

    static RelayServer start(Path dataDir, UnaryOperator<RelayServerOptions.Builder> options) throws PliException {
        return start(dataDir, options, Clock.systemUTC());
    }

    static RelayServer start(Path dataDir, UnaryOperator<RelayServerOptions.Builder> options, Clock clock)
            throws PliException {
        return RelayServer.start(options.apply(RelayServerOptions.builder(dataDir).listen("127.0.0.1", 0)).build(),
                clock);
    }

    static Block randomBlock() {
        return Block.of(CryptoRandom.bytes(4096));
    }

    /** A fresh client creates a mailbox, deposits a block, fetches it back and acks it. */
    static void assertServesNormally(RelayAddress address) throws Exception {
        try (RelayClient client = RelayClient.connect(address)) {
            MailboxCredentials mailbox = client.createMailbox().get(WAIT_SECONDS, TimeUnit.SECONDS);
            RelayBlock block = RelayBlock.withRandomId(randomBlock());
            client.deposit(mailbox.depositId(), List.of(block)).get(WAIT_SECONDS, TimeUnit.SECONDS);
            List<RelayBlock> fetched = client.fetch(mailbox, 10).get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertEquals(1, fetched.size());
            assertEquals(block.id(), fetched.get(0).id());
            assertArrayEquals(block.block().bytes(), fetched.get(0).block().bytes());
            client.ack(mailbox, List.of(block.id())).get(WAIT_SECONDS, TimeUnit.SECONDS);
        }
    }
}
