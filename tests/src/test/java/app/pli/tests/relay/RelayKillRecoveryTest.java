package app.pli.tests.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.block.Block;
import app.pli.core.block.BlockConstants;
import app.pli.transport.relay.client.BlockListener;
import app.pli.transport.relay.client.MailboxCredentials;
import app.pli.transport.relay.client.RelayBlock;
import app.pli.transport.relay.client.RelayClient;
import app.pli.transport.relay.client.RelayClientOptions;
import app.pli.transport.relay.wire.BlockId;
import app.pli.transport.relay.wire.DepositId;
import app.pli.transport.relay.wire.RelayAddress;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relay in its own JVM is killed with SIGKILL while a client streams deposits into a
 * mailbox, then restarted on the same data folder and port: the clients reconnect by
 * themselves, the stream completes, and every block the relay acknowledged before or
 * after the kill reaches the subscriber.
 */
class RelayKillRecoveryTest {
    private static final int TOTAL_BLOCKS = 2_000;
    private static final int IN_FLIGHT = 32;
    private static final int ACKED_BEFORE_KILL = 300;
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final RelayClientOptions FAST_RECONNECT =
            RelayClientOptions.defaults().withBackoff(Duration.ofMillis(50), Duration.ofMillis(500));

    @TempDir
    Path dir;

    private RelayProcess relay;
    private final ExecutorService streamThread = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopEverything() throws Exception {
        streamThread.shutdownNow();
        if (relay != null) {
            relay.close();
        }
    }

    @Test
    void everyAcknowledgedBlockArrivesAfterTheRelayIsKilledMidStream() throws Exception {
        int port = freePort();
        Path data = dir.resolve("relay");
        relay = RelayProcess.start("127.0.0.1:" + port, data, "--json");
        String token = addressOf(relay);
        RelayAddress address = RelayAddress.parse(token);
        try (RelayClient owner = RelayClient.connect(address, FAST_RECONNECT);
                RelayClient depositor = RelayClient.connect(address, FAST_RECONNECT)) {
            MailboxCredentials mailbox = owner.createMailbox().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            Receipts receipts = new Receipts(owner, mailbox);
            owner.subscribe(mailbox, receipts).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            DepositStream stream = new DepositStream(depositor, mailbox.depositId());
            Future<?> streaming = streamThread.submit(stream::run);

            stream.awaitAcknowledged(ACKED_BEFORE_KILL);
            relay.kill();
            int acknowledgedAtKill = stream.acknowledged().size();
            assertTrue(acknowledgedAtKill < TOTAL_BLOCKS, "the kill must come in the middle of the stream");

            relay = RelayProcess.start("127.0.0.1:" + port, data, "--json");
            assertEquals(token, addressOf(relay), "the restarted relay has the same address");
            streaming.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertEquals(List.of(), stream.failures(), "deposits wait out the outage instead of failing");
            assertEquals(TOTAL_BLOCKS, stream.acknowledged().size());

            Set<BlockId> acknowledged = stream.acknowledged();
            receipts.awaitAll(acknowledged);
            assertTrue(receipts.distinctIds().containsAll(acknowledged), "every acknowledged block arrived");
            assertEquals(List.of(), receipts.sequencesUnderTwoIds(), "no block arrived under two different ids");
            assertTrue(owner.isConnected() && depositor.isConnected(), "both clients reconnected by themselves");
            receipts.awaitAcks();
            System.out.printf("kill after %d of %d acknowledged deposits; %d raw repeats dropped by block id%n",
                    acknowledgedAtKill, TOTAL_BLOCKS, receipts.rawRepeats());
        }
    }

    private static String addressOf(RelayProcess relay) throws IOException {
        return new ObjectMapper().readTree(relay.firstLine()).path("address").asText();
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    /** The block of stream position {@code seq}: the number in its first 8 bytes, zeros after. */
    private static RelayBlock blockOf(long seq) {
        byte[] bytes = new byte[BlockConstants.BLOCK_SIZE];
        ByteBuffer.wrap(bytes).putLong(seq);
        return RelayBlock.withRandomId(Block.of(bytes));
    }

    /** Deposits {@link #TOTAL_BLOCKS} blocks, at most {@link #IN_FLIGHT} unanswered, recording each acknowledgement. */
    private static final class DepositStream {
        private final RelayClient client;
        private final DepositId depositId;
        private final Semaphore window = new Semaphore(IN_FLIGHT);
        private final Set<BlockId> acknowledged = new HashSet<>();
        private final List<Throwable> failures = new ArrayList<>();

        DepositStream(RelayClient client, DepositId depositId) {
            this.client = client;
            this.depositId = depositId;
        }

        void run() {
            try {
                for (long seq = 0; seq < TOTAL_BLOCKS; seq++) {
                    window.acquire();
                    RelayBlock block = blockOf(seq);
                    client.deposit(depositId, List.of(block)).whenComplete((ok, error) -> settled(block.id(), error));
                }
                window.acquire(IN_FLIGHT); // every deposit answered
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private synchronized void settled(BlockId id, Throwable error) {
            if (error == null) {
                acknowledged.add(id);
            } else {
                failures.add(error);
            }
            notifyAll();
            window.release();
        }

        synchronized void awaitAcknowledged(int count) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (acknowledged.size() < count && System.nanoTime() < deadline) {
                wait(100);
            }
            assertTrue(acknowledged.size() >= count, "only " + acknowledged.size() + " deposits acknowledged");
        }

        synchronized Set<BlockId> acknowledged() {
            return new HashSet<>(acknowledged);
        }

        synchronized List<Throwable> failures() {
            return new ArrayList<>(failures);
        }
    }

    /** The subscriber: records each receipt, drops repeats by block id, and acks every block it gets. */
    private static final class Receipts implements BlockListener {
        private final RelayClient owner;
        private final MailboxCredentials mailbox;
        private final Map<BlockId, Long> sequenceById = new HashMap<>();
        private final Map<Long, Set<BlockId>> idsBySequence = new HashMap<>();
        private final List<CompletableFuture<Void>> acks = new ArrayList<>();
        private long rawRepeats;

        Receipts(RelayClient owner, MailboxCredentials mailbox) {
            this.owner = owner;
            this.mailbox = mailbox;
        }

        @Override
        public synchronized void onBlock(RelayBlock block) {
            long seq = ByteBuffer.wrap(block.block().bytes()).getLong();
            if (sequenceById.putIfAbsent(block.id(), seq) != null) {
                rawRepeats++;
            }
            idsBySequence.computeIfAbsent(seq, s -> new HashSet<>()).add(block.id());
            acks.add(owner.ack(mailbox, List.of(block.id())));
            notifyAll();
        }

        synchronized void awaitAll(Set<BlockId> expected) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!sequenceById.keySet().containsAll(expected) && System.nanoTime() < deadline) {
                wait(100);
            }
        }

        synchronized Set<BlockId> distinctIds() {
            return new HashSet<>(sequenceById.keySet());
        }

        synchronized List<Long> sequencesUnderTwoIds() {
            return idsBySequence.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey)
                    .toList();
        }

        synchronized long rawRepeats() {
            return rawRepeats;
        }

        /** Every ack was answered by the relay (acks sent during the outage are re-sent after it). */
        void awaitAcks() throws Exception {
            List<CompletableFuture<Void>> all;
            synchronized (this) {
                all = new ArrayList<>(acks);
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        }
    }
}
