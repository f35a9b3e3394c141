package app.pli.transport.relay.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.block.Block;
import app.pli.core.crypto.CryptoRandom;
import app.pli.core.crypto.Ed25519;
import app.pli.core.crypto.Ed25519KeyPair;
import app.pli.core.crypto.X25519;
import app.pli.transport.relay.server.RelayServer;
import app.pli.transport.relay.server.RelayServerOptions;
import app.pli.transport.relay.wire.BlockId;
import app.pli.transport.relay.wire.RelayAddress;
import app.pli.transport.relay.wire.RelayErrorCode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The relay client against a real in-process relay on 127.0.0.1. */
class RelayClientTest {
    private static final long WAIT = 30;
    private static final RelayClientOptions FAST_RECONNECT = RelayClientOptions.defaults()
            .withBackoff(Duration.ofMillis(50), Duration.ofMillis(400));

    @TempDir
    Path dataDir;

    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        Collections.reverse(toClose);
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    private RelayServer startRelay(int port) throws Exception {
        RelayServer relay = RelayServer.start(RelayServerOptions.builder(dataDir).listen("127.0.0.1", port).build());
        toClose.add(relay);
        return relay;
    }

    private RelayClient client(RelayServer relay) {
        RelayClient client = RelayClient.connect(relay.address(), FAST_RECONNECT);
        toClose.add(client);
        return client;
    }

    private static List<RelayBlock> blocks(int n) {
        List<RelayBlock> blocks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            blocks.add(RelayBlock.withRandomId(Block.of(CryptoRandom.bytes(4096))));
        }
        return blocks;
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(WAIT, TimeUnit.SECONDS);
    }

    private static RelayErrorCode refusal(CompletableFuture<?> future) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(WAIT, TimeUnit.SECONDS));
        RelayException relayError = assertInstanceOf(RelayException.class, e.getCause());
        return relayError.code().orElseThrow();
    }

    /** Collects pushed blocks for a test to wait on. */
    private static final class Inbox implements BlockListener {
        final BlockingQueue<RelayBlock> received = new LinkedBlockingQueue<>();

        @Override
        public void onBlock(RelayBlock block) {
            received.add(block);
        }

        RelayBlock next() throws InterruptedException {
            RelayBlock b = received.poll(WAIT, TimeUnit.SECONDS);
            if (b == null) {
                throw new AssertionError("no block was pushed");
            }
            return b;
        }
    }

    @Test
    void depositedBlocksArePushedInOrderAndAckedAway() throws Exception {
        RelayServer relay = startRelay(0);
        RelayClient owner = client(relay);
        RelayClient sender = client(relay);
        MailboxCredentials mailbox = await(owner.createMailbox());
        assertNotEquals(mailbox.fetchId().toString(), mailbox.depositId().toString());

        List<RelayBlock> sent = blocks(50);
        await(sender.deposit(mailbox.depositId(), sent.subList(0, 20)));
        Inbox inbox = new Inbox();
        await(owner.subscribe(mailbox, inbox));
        await(sender.deposit(mailbox.depositId(), sent.subList(20, 50)));

        List<BlockId> got = new ArrayList<>();
        for (RelayBlock expected : sent) {
            RelayBlock b = inbox.next();
            assertEquals(expected.id(), b.id());
            assertEquals(expected.block(), b.block());
            got.add(b.id());
        }
        await(owner.ack(mailbox, got));
        assertEquals(List.of(), await(owner.fetch(mailbox, 64)));
        assertTrue(owner.isConnected());
    }

    @Test
    void aLockedMailboxNeedsTheSendersKey() throws Exception {
        RelayServer relay = startRelay(0);
        RelayClient owner = client(relay);
        RelayClient sender = client(relay);
        MailboxCredentials mailbox = await(owner.createMailbox());
        Ed25519KeyPair contact = Ed25519.generateKeyPair();
        await(owner.lock(mailbox, contact.publicKey()));

        assertEquals(RelayErrorCode.LOCKED, refusal(sender.deposit(mailbox.depositId(), blocks(1))));
        assertEquals(RelayErrorCode.LOCKED,
                refusal(sender.deposit(mailbox.depositId(), blocks(1), Ed25519.generateKeyPair())));
        List<RelayBlock> ok = blocks(3);
        await(sender.deposit(mailbox.depositId(), ok, contact));
        assertEquals(3, await(owner.fetch(mailbox, 10)).size());
    }

    @Test
    void aDeletedMailboxIsGoneAndDeletingTwiceIsFine() throws Exception {
        RelayServer relay = startRelay(0);
        RelayClient owner = client(relay);
        MailboxCredentials mailbox = await(owner.createMailbox());
        await(owner.deposit(mailbox.depositId(), blocks(2)));
        await(owner.delete(mailbox));
        await(owner.delete(mailbox));
        assertEquals(RelayErrorCode.UNKNOWN_MAILBOX, refusal(owner.deposit(mailbox.depositId(), blocks(1))));
        assertEquals(RelayErrorCode.UNKNOWN_MAILBOX, refusal(owner.fetch(mailbox, 1)));
        assertEquals(RelayErrorCode.UNKNOWN_MAILBOX, refusal(owner.subscribe(mailbox, new Inbox())));
    }

    @Test
    void aFetchReturnsAtMostTheRelaysCapAndFetchesQueueUp() throws Exception {
        RelayServer relay = startRelay(0);
        RelayClient owner = client(relay);
        MailboxCredentials mailbox = await(owner.createMailbox());
        await(owner.deposit(mailbox.depositId(), blocks(100)));
        CompletableFuture<List<RelayBlock>> a = owner.fetch(mailbox, 1000);
        CompletableFuture<List<RelayBlock>> b = owner.fetch(mailbox, 5);
        assertEquals(64, await(a).size());
        assertEquals(5, await(b).size());
    }

    private static List<BlockId> ids(List<RelayBlock> blocks) {
        return blocks.stream().map(RelayBlock::id).toList();
    }

    @Test
    void twoClientsReadTheSameBlocksByIdAndNothingIsDeleted() throws Exception {
        RelayServer relay = startRelay(0);
        RelayClient owner = client(relay);
        MailboxCredentials mailbox = await(owner.createMailbox());
        List<RelayBlock> stored = blocks(40);
        await(owner.deposit(mailbox.depositId(), stored));
        List<RelayBlock> wanted = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            wanted.add(stored.get((11 * i + 5) % 40));
        }
        for (RelayClient reader : List.of(client(relay), client(relay))) {
            assertEquals(wanted, await(reader.read(mailbox, ids(wanted))));
        }
        assertEquals(List.of(), await(owner.read(mailbox, List.of(BlockId.random(), BlockId.random()))));
        assertEquals(List.of(stored.get(3), stored.get(1)),
                await(owner.read(mailbox, List.of(BlockId.random(), stored.get(3).id(), stored.get(1).id()))));
        assertEquals(stored, await(owner.read(mailbox, ids(stored))), "more than 16 ids go in several reads");
        assertEquals(ids(stored), ids(await(owner.fetch(mailbox, 64))), "reads delete nothing");
    }

    @Test
    void readsOfAnUnknownMailboxOrWithoutItsKeyAreRefused() throws Exception {
        RelayServer relay = startRelay(0);
        RelayClient owner = client(relay);
        MailboxCredentials mailbox = await(owner.createMailbox());
        await(owner.delete(mailbox));
        assertEquals(RelayErrorCode.UNKNOWN_MAILBOX, refusal(owner.read(mailbox, List.of(BlockId.random()))));
        MailboxCredentials other = await(owner.createMailbox());
        MailboxCredentials wrongKey = new MailboxCredentials(other.fetchId(), other.depositId(),
                Ed25519.generateKeyPair());
        assertEquals(RelayErrorCode.BAD_PROOF, refusal(owner.read(wrongKey, List.of(BlockId.random()))));
        assertTrue(owner.isConnected());
    }

    @Test
    void twoHundredReadsPipelinedOnOneClientAllComplete() throws Exception {
        RelayServer relay = startRelay(0);
        RelayClient owner = client(relay);
        MailboxCredentials mailbox = await(owner.createMailbox());
        List<RelayBlock> stored = blocks(40);
        await(owner.deposit(mailbox.depositId(), stored));
        RelayClient reader = client(relay);
        List<List<RelayBlock>> asked = new ArrayList<>();
        List<CompletableFuture<List<RelayBlock>>> reads = new ArrayList<>();
        for (int r = 0; r < 200; r++) {
            List<RelayBlock> wanted = new ArrayList<>();
            for (int i = 0; i <= r % 16; i++) {
                wanted.add(stored.get((r + 7 * i) % 40));
            }
            asked.add(wanted);
            reads.add(reader.read(mailbox, ids(wanted)));
        }
        for (int r = 0; r < 200; r++) {
            assertEquals(asked.get(r), await(reads.get(r)), "read " + r);
        }
    }

    @Test
    void aReadWaitingWhileTheRelayRestartsCompletesAfterTheReconnect() throws Exception {
        RelayServer relay = startRelay(0);
        int port = relay.address().port();
        RelayClient owner = client(relay);
        MailboxCredentials mailbox = await(owner.createMailbox());
        List<RelayBlock> stored = blocks(20);
        await(owner.deposit(mailbox.depositId(), stored));
        RelayClient reader = client(relay);
        await(reader.connection());

        List<CompletableFuture<List<RelayBlock>>> cutOff = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            cutOff.add(reader.read(mailbox, ids(stored)));
        }
        relay.close();
        CompletableFuture<List<RelayBlock>> waiting = reader.read(mailbox, ids(stored));
        startRelay(port);
        assertEquals(stored, await(waiting));
        for (CompletableFuture<List<RelayBlock>> read : cutOff) {
            assertEquals(stored, await(read), "each read answered once, in full");
        }
    }

    @Test
    void aFullRelayRefusesDepositsWithStorageFullAndTheConnectionGoesOn() throws Exception {
        RelayServer relay = RelayServer.start(RelayServerOptions.builder(dataDir).listen("127.0.0.1", 0)
                .maxStoredBlocks(2).build());
        toClose.add(relay);
        RelayClient owner = client(relay);
        MailboxCredentials mailbox = await(owner.createMailbox());
        List<RelayBlock> sent = blocks(3);
        await(owner.deposit(mailbox.depositId(), sent.subList(0, 2)));
        assertEquals(RelayErrorCode.STORAGE_FULL, refusal(owner.deposit(mailbox.depositId(), sent.subList(2, 3))));
        assertTrue(owner.isConnected());
        await(owner.deposit(mailbox.depositId(), sent.subList(0, 1)));
        await(owner.ack(mailbox, List.of(sent.get(0).id())));
        await(owner.deposit(mailbox.depositId(), sent.subList(2, 3)));
        assertEquals(ids(sent.subList(1, 3)), ids(await(owner.fetch(mailbox, 64))));
    }

    @Test
    void theClientReconnectsResubscribesAndResendsAfterARelayRestart() throws Exception {
        RelayServer relay = startRelay(0);
        int port = relay.address().port();
        RelayClient owner = client(relay);
        RelayClient sender = client(relay);
        MailboxCredentials mailbox = await(owner.createMailbox());
        Inbox inbox = new Inbox();
        await(owner.subscribe(mailbox, inbox));
        List<RelayBlock> before = blocks(5);
        await(sender.deposit(mailbox.depositId(), before));
        for (RelayBlock b : before) {
            assertEquals(b.id(), inbox.next().id());
        }
        await(owner.ack(mailbox, before.stream().map(RelayBlock::id).toList()));

        relay.close();
        List<RelayBlock> during = blocks(5);
        CompletableFuture<Void> pending = sender.deposit(mailbox.depositId(), during);

        startRelay(port);
        await(pending);
        Set<BlockId> received = ConcurrentHashMap.newKeySet();
        while (received.size() < during.size()) {
            received.add(inbox.next().id());
        }
        assertEquals(Set.copyOf(during.stream().map(RelayBlock::id).toList()), received);
    }

    @Test
    void depositsCutOffByARelayStopAreStoredOnceAfterItsRestart() throws Exception {
        RelayServer relay = startRelay(0);
        int port = relay.address().port();
        RelayClient owner = client(relay);
        RelayClient sender = client(relay);
        MailboxCredentials mailbox = await(owner.createMailbox());
        List<RelayBlock> sent = blocks(400);
        CompletableFuture<Void> all = sender.deposit(mailbox.depositId(), sent);
        relay.close();
        startRelay(port);
        await(all);

        List<BlockId> stored = new ArrayList<>();
        List<RelayBlock> batch;
        do {
            batch = await(owner.fetch(mailbox, 64));
            List<BlockId> ids = batch.stream().map(RelayBlock::id).toList();
            stored.addAll(ids);
            await(owner.ack(mailbox, ids));
        } while (!batch.isEmpty());
        assertEquals(sent.size(), stored.size(), "every block stored exactly once");
        assertEquals(Set.copyOf(sent.stream().map(RelayBlock::id).toList()), Set.copyOf(stored));
    }

    @Test
    void closingTheClientFailsWhatIsStillWaiting() throws Exception {
        RelayServer relay = startRelay(0);
        RelayClient client = RelayClient.connect(relay.address(), FAST_RECONNECT);
        MailboxCredentials mailbox = await(client.createMailbox());
        relay.close();
        CompletableFuture<List<RelayBlock>> waiting = client.fetch(mailbox, 1);
        client.close();
        ExecutionException e = assertThrows(ExecutionException.class, () -> waiting.get(WAIT, TimeUnit.SECONDS));
        RelayException cause = assertInstanceOf(RelayException.class, e.getCause());
        assertTrue(cause.code().isEmpty());
        assertFalse(client.isConnected());
        ExecutionException after = assertThrows(ExecutionException.class,
                () -> client.createMailbox().get(WAIT, TimeUnit.SECONDS));
        assertInstanceOf(RelayException.class, after.getCause());
    }

    @Test
    void manyThreadsDepositThroughOneClientAndEveryBlockArrives() throws Exception {
        RelayServer relay = startRelay(0);
        RelayClient owner = client(relay);
        RelayClient sender = client(relay);
        MailboxCredentials mailbox = await(owner.createMailbox());
        Set<BlockId> received = ConcurrentHashMap.newKeySet();
        BlockingQueue<BlockId> arrivals = new LinkedBlockingQueue<>();
        await(owner.subscribe(mailbox, block -> {
            arrivals.add(block.id());
            owner.ack(mailbox, List.of(block.id()));
        }));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<List<RelayBlock>>> work = new ArrayList<>();
        try {
            for (int t = 0; t < 8; t++) {
                work.add(pool.submit(() -> {
                    List<RelayBlock> mine = blocks(40);
                    for (RelayBlock b : mine) {
                        sender.deposit(mailbox.depositId(), List.of(b)).get(WAIT, TimeUnit.SECONDS);
                    }
                    return mine;
                }));
            }
            Set<BlockId> sent = ConcurrentHashMap.newKeySet();
            for (Future<List<RelayBlock>> f : work) {
                f.get(WAIT, TimeUnit.SECONDS).forEach(b -> sent.add(b.id()));
            }
            while (received.size() < sent.size()) {
                BlockId id = arrivals.poll(WAIT, TimeUnit.SECONDS);
                if (id == null) {
                    throw new AssertionError("only " + received.size() + " of " + sent.size() + " blocks arrived");
                }
                received.add(id);
            }
            assertEquals(sent, received);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRefusedConnectionIsReportedAtOnceWhileTheClientKeepsTrying() throws Exception {
        RelayServer relay = startRelay(0);
        int port = relay.address().port();
        relay.close();
        RelayClient client = RelayClient.connect(relay.address(), FAST_RECONNECT);
        toClose.add(client);

        ExecutionException refused = assertThrows(ExecutionException.class,
                () -> client.connection().get(WAIT, TimeUnit.SECONDS));
        RelayException cause = assertInstanceOf(RelayException.class, refused.getCause());
        assertTrue(cause.getMessage().contains("refused"), cause.getMessage());
        assertThrows(ExecutionException.class, () -> client.connection().get(WAIT, TimeUnit.SECONDS),
                "asked again while the relay is down, it fails again rather than wait");

        BlockingQueue<String> connections = new LinkedBlockingQueue<>();
        client.addConnectionListener(() -> connections.add("connected"));
        assertEquals(null, connections.poll(300, TimeUnit.MILLISECONDS), "no connection while the relay is down");
        RelayServer back = startRelay(port);
        assertEquals("connected", connections.poll(WAIT, TimeUnit.SECONDS), "the listener hears the relay is back");
        assertTrue(client.isConnected());
        await(client.connection());

        back.close();
        RelayServer again = startRelay(port);
        assertEquals("connected", connections.poll(WAIT, TimeUnit.SECONDS), "and every time it comes back");
        again.close();
    }

    @Test
    void aRelayWithAnotherKeyFailsTheHandshakeAndSaysSo() throws Exception {
        RelayServer relay = startRelay(0);
        RelayAddress wrongKey = new RelayAddress(relay.address().host(), relay.address().port(),
                X25519.generateKeyPair().publicKey());
        RelayClient client = RelayClient.connect(wrongKey, FAST_RECONNECT);
        toClose.add(client);

        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> client.connection().get(WAIT, TimeUnit.SECONDS));
        assertTrue(failed.getCause().getMessage().contains("handshake"), failed.getCause().getMessage());
    }

    @Test
    void closingTheClientEndsItsConnectionWaits() throws Exception {
        RelayServer relay = startRelay(0);
        relay.close();
        RelayClient client = RelayClient.connect(relay.address(), FAST_RECONNECT);
        client.close();
        ExecutionException closed = assertThrows(ExecutionException.class,
                () -> client.connection().get(WAIT, TimeUnit.SECONDS));
        assertInstanceOf(RelayException.class, closed.getCause());
    }
}
