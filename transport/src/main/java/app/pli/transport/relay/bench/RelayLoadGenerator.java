package app.pli.transport.relay.bench;

import app.pli.transport.relay.client.BlockListener;
import app.pli.transport.relay.client.MailboxCredentials;
import app.pli.transport.relay.client.RelayClient;
import app.pli.transport.relay.wire.RelayAddress;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Drives load through a relay and measures how it copes: sender/receiver pairs over real,
 * separate connections (one {@link RelayClient} per sender and per receiver), each pair
 * with its own mailbox; the receiver is subscribed and acks what it gets. Blocks carry
 * their sequence number and deposit start time, so the receiver measures latency and
 * finds losses and repeats. Optionally paced, optionally with idle subscribed connections
 * held open during the run.
 *
 * <p>With a warm-up, the deposits of its first seconds run exactly like the others but are
 * left out of throughput and latency: a fresh JVM on either end interprets and compiles
 * for its first tens of seconds, which would otherwise dominate the tail.
 *
 * <p>A run is bounded: set-up waits at most the connect timeout per wave of connections,
 * deposits at most the time limit, the drain at most the drain timeout, clean-up at most
 * {@link #CLEANUP_TIMEOUT}. It deletes the mailboxes it made and closes every connection,
 * also when it fails.
 */
public final class RelayLoadGenerator {
    /**
     * Deposits unacknowledged over all pairs of an unpaced run, spread evenly over the
     * senders. Enough to keep the relay's group commits full; more only adds queueing delay
     * (measured: 1,024 and 8,192 give the same throughput, with eight times the latency).
     */
    static final int UNPACED_IN_FLIGHT = 1024;
    /** Bounds of one sender's window in an unpaced run. */
    static final int MIN_WINDOW = 8;
    static final int MAX_WINDOW = 128;
    /** One sender's window in a paced run, where the pace, not the window, limits what is in flight. */
    static final int PACED_WINDOW = 192;
    /** How long a receiver may hold blocks before acking them in a partial batch. */
    static final Duration ACK_LINGER = Duration.ofMillis(5);
    /** How often the pacer starts the deposits that have come due. */
    static final Duration PACER_TICK = Duration.ofMillis(1);
    /** The longest clean-up (last acks, mailbox deletion) may take. */
    static final Duration CLEANUP_TIMEOUT = Duration.ofSeconds(60);

    private static final System.Logger LOG = System.getLogger(RelayLoadGenerator.class.getName());

    private final RelayAddress address;
    private final LoadOptions options;
    private final StampedBlock stamps = StampedBlock.forNewRun();
    private final RunLedger ledger;
    private final List<RelayClient> clients = Collections.synchronizedList(new ArrayList<>());
    private final IdleConnections idle = new IdleConnections();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "pli-relay-load-timer");
        t.setDaemon(true);
        return t;
    });

    private RelayLoadGenerator(RelayAddress address, LoadOptions options) {
        this.address = Objects.requireNonNull(address, "address");
        this.options = Objects.requireNonNull(options, "options");
        this.ledger = new RunLedger(options.blocks(), options.warmup().toNanos());
    }

    /**
     * Runs one load test against the relay at {@code address} and returns what it measured.
     *
     * @throws RelayLoadException if the relay cannot be reached in time, refuses a request,
     *     does not acknowledge the deposits within the time limit, or delivers a block the
     *     run never sent
     */
    public static LoadReport run(RelayAddress address, LoadOptions options)
            throws RelayLoadException, InterruptedException {
        return new RelayLoadGenerator(address, options).run();
    }

    private LoadReport run() throws RelayLoadException, InterruptedException {
        try {
            List<PairReceiver> receivers = openReceivers();
            List<PairSender> senders = openSenders(receivers);
            idle.open(address, options.idleConnections(), options.connectTimeout(), unexpectedBlock());
            measure(receivers, senders);
            cleanUp(receivers);
            return ledger.report(options.pairs(), idle.size());
        } finally {
            timer.shutdownNow();
            ledger.close();
            int undeleted = idle.close(CLEANUP_TIMEOUT);
            if (undeleted > 0) {
                LOG.log(Level.WARNING, undeleted + " idle benchmark mailboxes could not be deleted in time");
            }
            synchronized (clients) {
                clients.forEach(RelayClient::close);
            }
        }
    }

    private List<PairReceiver> openReceivers() throws RelayLoadException, InterruptedException {
        try {
            return ConnectionWaves.open(options.pairs(), pair -> {
                PairReceiver receiver = new PairReceiver(pair, options.pairs(), stamps, ledger, newClient());
                return receiver.client().createMailbox().thenCompose(mailbox -> {
                    receiver.useMailbox(mailbox);
                    return receiver.client().subscribe(mailbox, receiver);
                }).thenApply(subscribed -> receiver);
            }, options.connectTimeout(), "receivers");
        } catch (RelayLoadException e) {
            if (e.getCause() instanceof TimeoutException) {
                throw new RelayLoadException("no relay answered at " + address.host() + ":" + address.port()
                        + " within " + ConnectionWaves.describe(options.connectTimeout())
                        + "; is it running, and is the key in the address its key?", e);
            }
            throw e;
        }
    }

    private List<PairSender> openSenders(List<PairReceiver> receivers)
            throws RelayLoadException, InterruptedException {
        int window = options.paced() ? PACED_WINDOW
                : Math.max(MIN_WINDOW, Math.min(MAX_WINDOW, UNPACED_IN_FLIGHT / options.pairs()));
        List<PairSender> senders = new ArrayList<>();
        for (PairReceiver receiver : receivers) {
            MailboxCredentials mailbox = receiver.mailbox();
            senders.add(new PairSender(senders.size(), options, window, newClient(), mailbox.depositId(), stamps,
                    ledger));
        }
        awaitConnected(senders);
        return senders;
    }

    /** Moves the blocks, waits for the drain, and stops the ledger counting. */
    private void measure(List<PairReceiver> receivers, List<PairSender> senders)
            throws RelayLoadException, InterruptedException {
        ledger.start();
        long linger = ACK_LINGER.toNanos();
        timer.scheduleAtFixedRate(() -> receivers.forEach(PairReceiver::flushAcks), linger, linger,
                TimeUnit.NANOSECONDS);
        if (options.paced()) {
            DepositPacer pacer = new DepositPacer(senders, options.blocks(), options.rate(), ledger);
            timer.scheduleAtFixedRate(pacer::tick, 0, PACER_TICK.toNanos(), TimeUnit.NANOSECONDS);
        } else {
            senders.forEach(PairSender::fillWindow);
        }
        ConnectionWaves.await(ledger.allDeposited(), options.timeLimit(), "depositing " + options.blocks() + " blocks");
        drain();
        ledger.close();
    }

    /** Waits up to the drain timeout for the blocks still on their way. */
    private void drain() throws RelayLoadException, InterruptedException {
        try {
            ledger.allReceived().get(options.drainTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // What has not arrived by now counts as lost; the report says how many.
            return;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RelayLoadException failure) {
                throw failure;
            }
            throw new RelayLoadException("receiving failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** Deletes the pairs' mailboxes (with any blocks left unacked), waiting at most {@link #CLEANUP_TIMEOUT}. */
    private void cleanUp(List<PairReceiver> receivers) throws RelayLoadException, InterruptedException {
        timer.shutdownNow();
        List<CompletableFuture<Void>> deletes = new ArrayList<>();
        for (PairReceiver receiver : receivers) {
            deletes.add(receiver.client().delete(receiver.mailbox()));
        }
        ConnectionWaves.await(CompletableFuture.allOf(deletes.toArray(CompletableFuture[]::new)), CLEANUP_TIMEOUT,
                "deleting the benchmark mailboxes");
    }

    private void awaitConnected(List<PairSender> senders) throws RelayLoadException, InterruptedException {
        long deadline = System.nanoTime() + options.connectTimeout().toNanos();
        for (PairSender sender : senders) {
            while (!sender.client().isConnected()) {
                if (System.nanoTime() > deadline) {
                    throw new RelayLoadException("the senders could not connect to the relay within "
                            + ConnectionWaves.describe(options.connectTimeout()));
                }
                Thread.sleep(5);
            }
        }
    }

    private RelayClient newClient() {
        RelayClient client = RelayClient.connect(address);
        clients.add(client);
        return client;
    }

    private BlockListener unexpectedBlock() {
        return block -> ledger.fail(
                new RelayLoadException("the relay pushed a block to an idle mailbox nobody wrote to"));
    }
}
