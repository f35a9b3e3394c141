package app.pli.transport.relay.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.error.PliException;
import app.pli.transport.relay.client.MailboxCredentials;
import app.pli.transport.relay.client.RelayBlock;
import app.pli.transport.relay.client.RelayClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the relay keeps on disk: acknowledged blocks across restarts, its key, and nothing past the TTL. */
class RelayStoreTest {
    private static final long WAIT = RelayFixture.WAIT_SECONDS;

    @TempDir
    Path dataDir;

    @Test
    void acknowledgedDepositsSurviveARestartOnTheSameDataDir() throws Exception {
        MailboxCredentials mailbox;
        Set<Object> deposited = new HashSet<>();
        RelayServer first = RelayFixture.start(dataDir);
        try (RelayClient client = RelayClient.connect(first.address())) {
            mailbox = client.createMailbox().get(WAIT, TimeUnit.SECONDS);
            List<RelayBlock> blocks = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                RelayBlock b = RelayBlock.withRandomId(RelayFixture.randomBlock());
                blocks.add(b);
                deposited.add(b.id());
            }
            client.deposit(mailbox.depositId(), blocks).get(WAIT, TimeUnit.SECONDS);
        } finally {
            first.close();
        }

        RelayServer second = RelayFixture.start(dataDir);
        try (RelayClient client = RelayClient.connect(second.address())) {
            assertEquals(first.address().relayKey(), second.address().relayKey(), "the relay keeps its key");
            Set<Object> found = new HashSet<>();
            List<RelayBlock> batch;
            do {
                batch = client.fetch(mailbox, 64).get(WAIT, TimeUnit.SECONDS);
                batch.forEach(b -> found.add(b.id()));
                client.ack(mailbox, batch.stream().map(RelayBlock::id).toList()).get(WAIT, TimeUnit.SECONDS);
            } while (!batch.isEmpty());
            assertEquals(deposited, found);
        } finally {
            second.close();
        }
    }

    @Test
    void theStaticKeyIsCreatedOwnerOnlyAndReused() throws Exception {
        RelayServer relay = RelayFixture.start(dataDir);
        relay.close();
        Path keyFile = dataDir.resolve(StaticKeyFile.FILE_NAME);
        assertEquals(32, Files.size(keyFile));
        if (keyFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
        }
        RelayServer again = RelayFixture.start(dataDir);
        try {
            assertEquals(relay.address().relayKey(), again.address().relayKey());
        } finally {
            again.close();
        }
    }

    @Test
    void aDamagedKeyFileIsAClearError() throws Exception {
        Files.write(dataDir.resolve(StaticKeyFile.FILE_NAME), new byte[7]);
        PliException e = assertThrows(RelayServerException.class, () -> RelayFixture.start(dataDir));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    }

    @Test
    void blocksOlderThanTheTtlExpire() throws Exception {
        MutableClock clock = new MutableClock();
        RelayServer relay = RelayFixture.start(dataDir,
                b -> b.ttl(Duration.ofDays(21)).sweepInterval(Duration.ofMillis(50)), clock);
        try (RelayClient client = RelayClient.connect(relay.address())) {
            MailboxCredentials mailbox = client.createMailbox().get(WAIT, TimeUnit.SECONDS);
            RelayBlock old = RelayBlock.withRandomId(RelayFixture.randomBlock());
            client.deposit(mailbox.depositId(), List.of(old)).get(WAIT, TimeUnit.SECONDS);
            clock.advance(Duration.ofDays(22));
            RelayBlock fresh = RelayBlock.withRandomId(RelayFixture.randomBlock());
            client.deposit(mailbox.depositId(), List.of(fresh)).get(WAIT, TimeUnit.SECONDS);

            List<RelayBlock> left = client.fetch(mailbox, 10).get(WAIT, TimeUnit.SECONDS);
            for (int i = 0; i < 600 && left.size() > 1; i++) {
                Thread.sleep(50);
                left = client.fetch(mailbox, 10).get(WAIT, TimeUnit.SECONDS);
            }
            assertEquals(List.of(fresh.id()), left.stream().map(RelayBlock::id).toList());
        } finally {
            relay.close();
        }
    }
}
