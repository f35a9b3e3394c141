package app.pli.transport.relay.client;

import app.pli.core.block.Block;
import app.pli.core.crypto.Ed25519KeyPair;
import app.pli.core.crypto.Ed25519PublicKey;
import app.pli.transport.concurrent.SerialExecutor;
import app.pli.transport.relay.wire.BlockId;
import app.pli.transport.relay.wire.DepositId;
import app.pli.transport.relay.wire.FetchId;
import app.pli.transport.relay.wire.NoiseMessageDecoder;
import app.pli.transport.relay.wire.ProofPurpose;
import app.pli.transport.relay.wire.RelayAddress;
import app.pli.transport.relay.wire.RelayConstants;
import app.pli.transport.relay.wire.RelayErrorCode;
import app.pli.transport.relay.wire.RelayRequest;
import app.pli.transport.relay.wire.RelayResponse;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The {@link RelayClient} on Netty. All state lives on one event loop (the public methods
 * post to it), which makes the client thread-safe without locks. Futures complete on the
 * shared callback pool; each subscription's blocks go through this client's serial
 * executor, in order.
 */
final class NettyRelayClient implements RelayClient {
    private static final int PING_SILENCE_FACTOR = 3;

    private final RelayAddress address;
    private final RelayClientOptions options;
    private final EventLoop loop;
    private final Executor callbacks = ClientThreads.callbacks();
    private final Executor delivery = new SerialExecutor(ClientThreads.callbacks());
    private final RequestQueue requests = new RequestQueue();
    private final Map<FetchId, SubscriptionEntry> subscriptions = new HashMap<>();
    private ClientConnection connection;
    private boolean connecting;
    private boolean reconnectScheduled;
    private Duration backoff;
    private boolean closed;
    private volatile boolean connected;
    /** Why the latest connection attempt failed (a short phrase), while none has succeeded since; else null. */
    private String lastFailure;
    /** Waiters of {@link #connection()}: settled by the next attempt, success or failure. */
    private final List<CompletableFuture<Void>> connectionWaiters = new ArrayList<>();
    private final List<Runnable> connectionListeners = new CopyOnWriteArrayList<>();

    private NettyRelayClient(RelayAddress address, RelayClientOptions options) {
        this.address = Objects.requireNonNull(address, "address");
        this.options = Objects.requireNonNull(options, "options");
        this.loop = ClientThreads.eventLoops().next();
        this.backoff = options.initialBackoff();
    }

    static NettyRelayClient start(RelayAddress address, RelayClientOptions options) {
        NettyRelayClient client = new NettyRelayClient(address, options);
        client.loop.execute(client::connectNow);
        return client;
    }

    RelayAddress address() {
        return address;
    }

    @Override
    public CompletableFuture<MailboxCredentials> createMailbox() {
        CompletableFuture<MailboxCredentials> future = new CompletableFuture<>();
        onLoop(() -> submit(new CreateRequest(requests.nextId(), callbacks, future)));
        return future;
    }

    @Override
    public CompletableFuture<Void> deposit(DepositId depositId, List<RelayBlock> blocks) {
        return depositAll(depositId, blocks, null);
    }

    @Override
    public CompletableFuture<Void> deposit(DepositId depositId, List<RelayBlock> blocks, Ed25519KeyPair sender) {
        return depositAll(depositId, blocks, Objects.requireNonNull(sender, "sender"));
    }

    private CompletableFuture<Void> depositAll(DepositId depositId, List<RelayBlock> blocks, Ed25519KeyPair sender) {
        Objects.requireNonNull(depositId, "depositId");
        List<RelayBlock> copy = List.copyOf(blocks);
        byte[] senderKey = sender == null ? new byte[0] : sender.publicKey().bytes();
        return forEach(copy, block -> simple(id -> signer -> new RelayRequest.Deposit(id, depositId.bytes(),
                block.id().bytes(), block.block().bytes(), senderKey,
                sender == null ? new byte[0] : signer.deposit(sender, depositId)), false));
    }

    @Override
    public CompletableFuture<Void> subscribe(MailboxCredentials mailbox, BlockListener listener) {
        Objects.requireNonNull(mailbox, "mailbox");
        Objects.requireNonNull(listener, "listener");
        CompletableFuture<Void> future = new CompletableFuture<>();
        onLoop(() -> {
            SubscriptionEntry entry = new SubscriptionEntry(mailbox, listener, delivery);
            subscriptions.put(mailbox.fetchId(), entry);
            submit(new SubscribeRequest(requests.nextId(), callbacks, entry, future, this::dropSubscription));
        });
        return future;
    }

    @Override
    public CompletableFuture<Void> unsubscribe(MailboxCredentials mailbox) {
        Objects.requireNonNull(mailbox, "mailbox");
        CompletableFuture<Void> future = new CompletableFuture<>();
        onLoop(() -> {
            subscriptions.remove(mailbox.fetchId());
            long id = requests.nextId();
            submit(new SimpleRequest(id, callbacks, signer -> new RelayRequest.Unsubscribe(id, mailbox.fetchId().bytes()),
                    future, false));
        });
        return future;
    }

    @Override
    public CompletableFuture<List<RelayBlock>> fetch(MailboxCredentials mailbox, int maxBlocks) {
        Objects.requireNonNull(mailbox, "mailbox");
        if (maxBlocks < 1) {
            throw new IllegalArgumentException("maxBlocks must be positive");
        }
        CompletableFuture<List<RelayBlock>> future = new CompletableFuture<>();
        onLoop(() -> submit(new FetchRequest(requests.nextId(), callbacks, mailbox, maxBlocks, future)));
        return future;
    }

    @Override
    public CompletableFuture<List<RelayBlock>> read(MailboxCredentials mailbox, List<BlockId> blockIds) {
        Objects.requireNonNull(mailbox, "mailbox");
        List<CompletableFuture<List<RelayBlock>>> parts = new ArrayList<>();
        for (List<BlockId> chunk : chunks(blockIds, RelayConstants.MAX_READ_IDS)) {
            CompletableFuture<List<RelayBlock>> part = new CompletableFuture<>();
            onLoop(() -> submit(new ReadRequest(requests.nextId(), callbacks, mailbox, chunk, part)));
            parts.add(part);
        }
        return CompletableFuture.allOf(parts.toArray(CompletableFuture<?>[]::new)).thenApply(done -> {
            List<RelayBlock> blocks = new ArrayList<>();
            parts.forEach(part -> blocks.addAll(part.join()));
            return List.copyOf(blocks);
        });
    }

    @Override
    public CompletableFuture<Void> ack(MailboxCredentials mailbox, List<BlockId> blockIds) {
        Objects.requireNonNull(mailbox, "mailbox");
        return forEach(chunks(blockIds, RelayConstants.MAX_ACK_IDS), chunk -> simple(id -> signer -> new RelayRequest.Ack(
                id, signer.owner(ProofPurpose.ACK, mailbox), chunk.stream().map(BlockId::bytes).toList()), false));
    }

    @Override
    public CompletableFuture<Void> lock(MailboxCredentials mailbox, Ed25519PublicKey sender) {
        Objects.requireNonNull(mailbox, "mailbox");
        byte[] senderKey = sender.bytes();
        return simple(id -> signer -> new RelayRequest.Lock(id, signer.owner(ProofPurpose.LOCK, mailbox, senderKey),
                senderKey), false).get();
    }

    @Override
    public CompletableFuture<Void> delete(MailboxCredentials mailbox) {
        Objects.requireNonNull(mailbox, "mailbox");
        return simple(id -> signer -> new RelayRequest.DeleteMailbox(id, signer.owner(ProofPurpose.DELETE, mailbox)),
                true).get();
    }

    @Override
    public boolean isConnected() {
        return connected;
    }

    @Override
    public CompletableFuture<Void> connection() {
        CompletableFuture<Void> future = new CompletableFuture<>();
        onLoop(() -> {
            if (connection != null) {
                callbacks.execute(() -> future.complete(null));
            } else if (closed || lastFailure != null) {
                RelayException failure = new RelayException(closed ? "the relay client is closed" : lastFailure);
                callbacks.execute(() -> future.completeExceptionally(failure));
            } else {
                connectionWaiters.add(future);
            }
        });
        return future;
    }

    @Override
    public void addConnectionListener(Runnable listener) {
        connectionListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void close() {
        if (loop.inEventLoop()) {
            shutDown();
        } else {
            loop.submit(this::shutDown).syncUninterruptibly();
        }
    }

    // ---- event loop side ----

    long nextPingId() {
        return requests.nextId();
    }

    void onOpen(ClientConnection opened) {
        connection = opened;
        connecting = false;
        connected = true;
        lastFailure = null;
        backoff = options.initialBackoff();
        settleConnectionWaiters(null);
        requests.connectionLost(); // re-queue everything not answered on an earlier connection
        for (SubscriptionEntry entry : subscriptions.values()) {
            if (entry.pendingRequest == 0) {
                submit(new SubscribeRequest(requests.nextId(), callbacks, entry, null, this::dropSubscription));
            }
        }
        pump();
        for (Runnable listener : connectionListeners) {
            callbacks.execute(listener);
        }
    }

    void onClosed(ClientConnection lost) {
        if (connection == lost) {
            connection = null;
            connected = false;
            requests.connectionLost();
        } else if (connecting) {
            attemptFailed("the handshake did not complete; is the address's key right?");
        }
        connecting = false;
        scheduleReconnect();
    }

    /** A connection attempt failed while there was no connection: waiters learn it now. */
    private void attemptFailed(String reason) {
        lastFailure = reason;
        settleConnectionWaiters(new RelayException(reason));
    }

    /** Settles the waiters of {@link #connection()} with the outcome of the attempt that just ended. */
    private void settleConnectionWaiters(RelayException failure) {
        for (CompletableFuture<Void> waiter : connectionWaiters) {
            callbacks.execute(failure == null ? () -> waiter.complete(null)
                    : () -> waiter.completeExceptionally(failure));
        }
        connectionWaiters.clear();
    }

    void onResponse(ClientConnection from, RelayResponse response) {
        if (from != connection) {
            return;
        }
        if (response instanceof RelayResponse.Done done) {
            for (long id : done.requestIds()) {
                PendingRequest r = requests.settle(id);
                if (r != null) {
                    r.done();
                }
            }
        } else if (response instanceof RelayResponse.Deliver d) {
            deliver(d);
        } else if (response instanceof RelayResponse.MailboxCreated created) {
            PendingRequest r = requests.settle(created.requestId());
            if (r != null) {
                r.created(created);
            }
        } else if (response instanceof RelayResponse.FetchDone fetched) {
            PendingRequest r = requests.settle(fetched.requestId());
            if (r != null) {
                r.fetchDone();
            }
        } else if (response instanceof RelayResponse.ErrorFrame error) {
            refused(error);
        }
        pump();
    }

    /** Sends what the window allows on the current connection. */
    void pump() {
        if (connection == null) {
            return;
        }
        boolean wrote = false;
        PendingRequest next;
        while (connection.writable() && (next = requests.next()) != null) {
            connection.send(next.frame(connection.signer()));
            wrote = true;
        }
        if (wrote) {
            connection.flush();
        }
    }

    private void deliver(RelayResponse.Deliver d) {
        RelayBlock block = new RelayBlock(BlockId.of(d.blockId()), Block.of(d.block()));
        if (d.requestId() != 0) {
            PendingRequest r = requests.get(d.requestId());
            if (r != null) {
                r.delivered(block);
            }
            return;
        }
        SubscriptionEntry entry = subscriptions.get(FetchId.of(d.fetchId()));
        if (entry != null) {
            entry.deliver(block);
        }
    }

    private void refused(RelayResponse.ErrorFrame error) {
        RelayErrorCode code = RelayErrorCode.of(error.code()).orElse(null);
        if (error.requestId() == 0 || code == RelayErrorCode.SHUTTING_DOWN) {
            // About the connection, not the request: the relay closes it and the request is re-sent.
            return;
        }
        PendingRequest r = requests.settle(error.requestId());
        if (r != null) {
            r.failed(new RelayException(code, "the relay refused the request: " + error.message()));
        }
    }

    private void submit(PendingRequest request) {
        if (closed) {
            request.failed(new RelayException("the relay client is closed"));
            return;
        }
        requests.add(request);
        pump();
    }

    private void dropSubscription(SubscriptionEntry entry) {
        subscriptions.remove(entry.mailbox.fetchId(), entry);
    }

    private void connectNow() {
        if (closed || connecting || connection != null) {
            return;
        }
        connecting = true;
        reconnectScheduled = false;
        NoiseMessageDecoder decoder = new NoiseMessageDecoder();
        long ping = options.pingInterval().toMillis();
        Bootstrap bootstrap = new Bootstrap()
                .group(loop)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE,
                        options.connectTimeout().toMillis()))
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(
                                new IdleStateHandler(ping * PING_SILENCE_FACTOR, ping, 0, TimeUnit.MILLISECONDS),
                                decoder,
                                new ClientConnection(NettyRelayClient.this, decoder, options.connectTimeout()));
                    }
                });
        ChannelFuture future = bootstrap.connect(address.host(), address.port());
        future.addListener(f -> {
            if (!f.isSuccess()) {
                connecting = false;
                attemptFailed(describe(f.cause()));
                scheduleReconnect();
            }
        });
    }

    /** A connect failure as one short phrase, without Netty's decorations. */
    private static String describe(Throwable cause) {
        if (cause instanceof io.netty.channel.ConnectTimeoutException) {
            return "connect timed out";
        }
        if (cause instanceof java.net.SocketException && cause.getMessage() != null) {
            // "Connection refused: /127.0.0.1:7337" and the like: the phrase, not the address again.
            String message = cause.getMessage();
            int colon = message.indexOf(':');
            return (colon > 0 ? message.substring(0, colon) : message).toLowerCase(java.util.Locale.ROOT);
        }
        if (cause instanceof java.net.UnknownHostException) {
            return "unknown host";
        }
        return cause == null ? "failed" : cause.getClass().getSimpleName();
    }

    private void scheduleReconnect() {
        if (closed || reconnectScheduled || connecting || connection != null) {
            return;
        }
        reconnectScheduled = true;
        long base = backoff.toMillis();
        long delay = base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
        Duration doubled = backoff.multipliedBy(2);
        backoff = doubled.compareTo(options.maxBackoff()) > 0 ? options.maxBackoff() : doubled;
        loop.schedule(this::connectNow, delay, TimeUnit.MILLISECONDS);
    }

    private void shutDown() {
        if (closed) {
            return;
        }
        closed = true;
        connected = false;
        if (connection != null) {
            connection.close();
            connection = null;
        }
        subscriptions.clear();
        RelayException closedError = new RelayException("the relay client is closed");
        settleConnectionWaiters(closedError);
        for (PendingRequest r : requests.drain()) {
            r.failed(closedError);
        }
    }

    private void onLoop(Runnable action) {
        loop.execute(action);
    }

    /** A simple request built on the loop with its fresh id; the supplier submits it and returns its future. */
    private Supplier<CompletableFuture<Void>> simple(Function<Long, Function<SessionSigner, RelayRequest>> frame,
            boolean goneIsDone) {
        return () -> {
            CompletableFuture<Void> future = new CompletableFuture<>();
            onLoop(() -> {
                long id = requests.nextId();
                submit(new SimpleRequest(id, callbacks, frame.apply(id), future, goneIsDone));
            });
            return future;
        };
    }

    /** {@code ids} cut into lists of at most {@code size}, in order. */
    private static List<List<BlockId>> chunks(List<BlockId> ids, int size) {
        List<List<BlockId>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += size) {
            chunks.add(List.copyOf(ids.subList(i, Math.min(ids.size(), i + size))));
        }
        return chunks;
    }

    private static <T> CompletableFuture<Void> forEach(List<T> items,
            Function<T, Supplier<CompletableFuture<Void>>> request) {
        CompletableFuture<?>[] futures = new CompletableFuture<?>[items.size()];
        for (int i = 0; i < futures.length; i++) {
            futures[i] = request.apply(items.get(i)).get();
        }
        return CompletableFuture.allOf(futures);
    }
}
