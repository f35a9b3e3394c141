package app.pli.messenger.delivery;

import app.pli.core.crypto.Ed25519KeyPair;
import app.pli.core.crypto.Ed25519PublicKey;
import app.pli.core.error.PliException;
import app.pli.transport.relay.client.BlockListener;
import app.pli.transport.relay.client.MailboxCredentials;
import app.pli.transport.relay.client.RelayBlock;
import app.pli.transport.relay.client.RelayClient;
import app.pli.transport.relay.client.RelayException;
import app.pli.transport.relay.wire.BlockId;
import app.pli.transport.relay.wire.DepositId;
import app.pli.transport.relay.wire.RelayAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The relays one sync (or one wait) talks to: a {@link RelayClient} per relay address
 * token, opened on first use and closed with this object.
 *
 * <p>The relay client waits for ever while a relay is unreachable; here every call waits at
 * most {@code timeout}. A relay that lets a call time out is marked unreachable: later calls
 * to it fail at once with {@link RelayUnreachableException} (so one sync waits at most once
 * per relay) until {@link #retryUnreachable()}, and {@link #problems()} names it. A request
 * left unanswered may still reach the relay later; every request the messenger makes is
 * idempotent, so repeating it at the next sync is harmless. Not thread-safe.
 */
public final class RelayLinks implements AutoCloseable {
    /** Most blocks one fetch asks for (the relay returns at most 64). */
    public static final int FETCH_BATCH = 64;

    private final Duration timeout;
    private final Duration connectBudget;
    private final Runnable connected;
    private final Map<String, RelayClient> clients = new HashMap<>();
    private final Map<String, String> unreachable = new LinkedHashMap<>();

    /** Links that wait at most {@code timeout} for a connection and again for each answer. */
    public RelayLinks(Duration timeout) {
        this(timeout, timeout, () -> { });
    }

    /**
     * Links that wait at most {@code connectBudget} for a connection to a relay (a refused
     * connection fails at once) and {@code timeout} for each answer once connected: a
     * command that may leave its work queued ({@code pli send}) passes a short budget.
     */
    public RelayLinks(Duration timeout, Duration connectBudget) {
        this(timeout, connectBudget, () -> { });
    }

    /**
     * As {@link #RelayLinks(Duration, Duration)}; {@code connected} runs (on a client's
     * callback thread) every time a connection to one of the relays is established, the first
     * and every reconnection: a long-running caller retries what waits at once rather than at
     * the end of its backoff, and fetches what a relay restart may have kept from its pushes.
     */
    public RelayLinks(Duration timeout, Duration connectBudget, Runnable connected) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.connectBudget = Objects.requireNonNull(connectBudget, "connectBudget");
        this.connected = Objects.requireNonNull(connected, "connected");
        if (timeout.isNegative() || timeout.isZero() || connectBudget.isNegative() || connectBudget.isZero()) {
            throw new IllegalArgumentException("the relay timeout and connect budget must be positive");
        }
    }

    /** Whether {@code relay} has not been marked unreachable. */
    public boolean reachable(String relay) {
        return !unreachable.containsKey(relay);
    }

    /** Creates a mailbox on {@code relay}. */
    public MailboxCredentials createMailbox(String relay) throws PliException {
        return await(relay, client(relay).createMailbox());
    }

    /** Deposits {@code block} anonymously; returns once the relay stored it durably. */
    public void deposit(String relay, DepositId depositId, RelayBlock block) throws PliException {
        await(relay, client(relay).deposit(depositId, List.of(block)));
    }

    /** Deposits {@code blocks} with the proof of {@code sender}; returns once the relay stored them durably. */
    public void deposit(String relay, DepositId depositId, List<RelayBlock> blocks, Ed25519KeyPair sender)
            throws PliException {
        await(relay, client(relay).deposit(depositId, blocks, sender));
    }

    /**
     * Starts a deposit with the proof of {@code sender} without waiting, so several can be
     * in flight at once (the relay commits them together); finish each with {@link #finish}.
     */
    public CompletableFuture<Void> depositLater(String relay, DepositId depositId, List<RelayBlock> blocks,
            Ed25519KeyPair sender) throws PliException {
        return client(relay).deposit(depositId, blocks, sender);
    }

    /** Waits for a request started with {@link #depositLater}, with the same bounded wait as every call. */
    public void finish(String relay, CompletableFuture<Void> request) throws PliException {
        await(relay, request);
    }

    /** Locks the mailbox to {@code sender}: from now on only deposits proven by that key are accepted. */
    public void lock(String relay, MailboxCredentials mailbox, Ed25519PublicKey sender) throws PliException {
        await(relay, client(relay).lock(mailbox, sender));
    }

    /** Up to {@link #FETCH_BATCH} of the oldest blocks queued in the mailbox. */
    public List<RelayBlock> fetch(String relay, MailboxCredentials mailbox) throws PliException {
        return await(relay, client(relay).fetch(mailbox, FETCH_BATCH));
    }

    /**
     * Has the relay push the mailbox's blocks to {@code listener} (also after reconnects);
     * returns once the relay accepted the subscription.
     */
    public void subscribe(String relay, MailboxCredentials mailbox, BlockListener listener) throws PliException {
        await(relay, client(relay).subscribe(mailbox, listener));
    }

    /** Deletes the blocks {@code ids} from the mailbox. */
    public void ack(String relay, MailboxCredentials mailbox, List<BlockId> ids) throws PliException {
        if (!ids.isEmpty()) {
            await(relay, client(relay).ack(mailbox, ids));
        }
    }

    /**
     * Acknowledges without waiting for the relay's answer: for the online loop, where a lost
     * acknowledgement only means the relay hands the blocks over again (and they are
     * recognized then).
     */
    public void ackWithoutWaiting(String relay, MailboxCredentials mailbox, List<BlockId> ids) throws PliException {
        if (!ids.isEmpty() && reachable(relay)) {
            client(relay).ack(mailbox, ids);
        }
    }

    /** Deletes the mailbox and its blocks (also done if it was already gone). */
    public void delete(String relay, MailboxCredentials mailbox) throws PliException {
        await(relay, client(relay).delete(mailbox));
    }

    /** One line per relay that was unreachable, for the sync report. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (String problem : unreachable.values()) {
            problems.add(problem + "; what waits for it stays queued for the next sync");
        }
        return problems;
    }

    /** Forgets which relays were unreachable, so the next round asks them again. */
    public void retryUnreachable() {
        unreachable.clear();
    }

    @Override
    public void close() {
        for (RelayClient client : clients.values()) {
            client.close();
        }
        clients.clear();
    }

    private RelayClient client(String relay) throws PliException {
        RelayClient client = clients.get(relay);
        if (client == null) {
            client = RelayClient.connect(RelayAddress.parse(relay));
            client.addConnectionListener(connected);
            clients.put(relay, client);
        }
        return client;
    }

    /**
     * Waits up to the connect budget for a connection to {@code relay}; a relay whose
     * connection attempt failed (refused, no route, wrong key) is unreachable at once.
     */
    private void awaitConnection(String relay) throws PliException {
        RelayClient client = client(relay);
        if (client.isConnected()) {
            return;
        }
        String problem;
        try {
            client.connection().get(connectBudget.toMillis(), TimeUnit.MILLISECONDS);
            return;
        } catch (TimeoutException e) {
            problem = "relay " + hostAndPort(relay) + " is unreachable (no connection within "
                    + describe(connectBudget) + ")";
        } catch (ExecutionException e) {
            problem = "relay " + hostAndPort(relay) + " is unreachable (" + e.getCause().getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RelayUnreachableException("interrupted while waiting for relay " + hostAndPort(relay));
        }
        unreachable.put(relay, problem);
        throw new RelayUnreachableException(problem);
    }

    private <T> T await(String relay, CompletableFuture<T> request) throws PliException {
        String known = unreachable.get(relay);
        if (known != null) {
            request.cancel(false);
            throw new RelayUnreachableException(known);
        }
        try {
            awaitConnection(relay);
        } catch (RelayUnreachableException e) {
            request.cancel(false);
            throw e;
        }
        try {
            return request.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            request.cancel(false);
            String problem = "relay " + hostAndPort(relay) + " is unreachable (no answer within "
                    + describe(timeout) + ")";
            unreachable.put(relay, problem);
            throw new RelayUnreachableException(problem);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RelayException refused) {
                throw refused;
            }
            throw new RelayUnreachableException("relay " + hostAndPort(relay) + " failed: "
                    + e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RelayUnreachableException("interrupted while waiting for relay " + hostAndPort(relay));
        }
    }

    /** The relay as shown to the user: host and port, without the long key. */
    public static String hostAndPort(String relay) {
        try {
            RelayAddress address = RelayAddress.parse(relay);
            String host = address.host().indexOf(':') >= 0 ? "[" + address.host() + "]" : address.host();
            return host + ":" + address.port();
        } catch (PliException e) {
            return "(malformed address)";
        }
    }

    private static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
