package app.pli.transport.relay.server;

import app.pli.core.crypto.X25519KeyPair;
import app.pli.core.db.Database;
import app.pli.core.db.DatabaseOptions;
import app.pli.core.db.DatabaseException;
import app.pli.core.error.PliException;
import app.pli.transport.relay.wire.RelayAddress;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running blind relay: it listens for Noise NK connections, keeps mailboxes of 4096-byte
 * blocks in a SQLite store in its data folder, acknowledges a deposit only once it is
 * committed to disk, pushes blocks to subscribers, and expires blocks after the TTL.
 *
 * <p>Use: {@code try (RelayServer relay = RelayServer.start(options)) { print(relay.address()); ... }}.
 * {@link #close()} stops accepting, lets every deposit already received commit, closes
 * the connections and the store; it is idempotent and thread-safe.
 *
 * <p>The relay stores mailbox ids, mailbox keys, lock keys, blocks and each block's hour of
 * arrival, nothing else, and logs no peer address unless
 * {@link RelayServerOptions#logConnections()} is on.
 */
public final class RelayServer implements AutoCloseable {
    /** The store's file name inside the data folder. */
    public static final String STORE_FILE = "relay.db";
    /**
     * The writer's page cache: every block is inserted and, once acknowledged, deleted, so
     * with SQLite's 2 MiB default the writer keeps reading back pages it just evicted
     * (measured: writer CPU -25 to -30% with 64 MiB).
     */
    static final int WRITER_CACHE_MIB = 64;

    private static final System.Logger LOG = System.getLogger(RelayServer.class.getName());
    /** SQLite's number for synchronous=FULL (EXTRA is 3). */
    private static final int FULL_SYNC = 2;
    private static final Duration QUIET_PERIOD = Duration.ZERO;
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(5);

    private final RelayAddress address;
    private final RelayContext context;
    private final Database db;
    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final Channel listener;
    private final ScheduledFuture<?> sweeper;
    private boolean closed; // guarded by this

    private RelayServer(RelayAddress address, RelayContext context, Database db, EventLoopGroup boss,
            EventLoopGroup workers, Channel listener, ScheduledFuture<?> sweeper) {
        this.address = address;
        this.context = context;
        this.db = db;
        this.boss = boss;
        this.workers = workers;
        this.listener = listener;
        this.sweeper = sweeper;
    }

    /**
     * Starts a relay: creates the data folder and the static key on first start, opens the
     * store, binds the listening socket.
     *
     * @throws PliException if the folder, key or store cannot be used or the address cannot be bound
     */
    public static RelayServer start(RelayServerOptions options) throws PliException {
        return start(options, Clock.systemUTC());
    }

    /** As {@link #start(RelayServerOptions)}, with {@code clock} stamping arrivals and judging the TTL. */
    static RelayServer start(RelayServerOptions options, Clock clock) throws PliException {
        createDataDir(options.dataDir());
        X25519KeyPair staticKey = StaticKeyFile.loadOrCreate(options.dataDir());
        Database db = Database.open(options.dataDir().resolve(STORE_FILE), List.of(new RelaySchema()),
                DatabaseOptions.defaults().withWriterCacheMib(WRITER_CACHE_MIB));
        try {
            requireDurableCommits(db);
        } catch (PliException e) {
            db.close();
            throw e;
        }
        StoreWriter writer = new StoreWriter(db, clock, options.maxQueuedBlocksPerMailbox(),
                options.maxStoredBlocks());
        writer.start();
        StoreReader reader = new StoreReader(db);
        ChannelGroup channels = new DefaultChannelGroup("pli-relay", GlobalEventExecutor.INSTANCE);
        RelayContext context = new RelayContext(options, staticKey, writer, reader, new SubscriptionRegistry(),
                channels, new AtomicInteger());
        EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        EventLoopGroup workers = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
        Channel listener;
        try {
            listener = bind(options, context, boss, workers);
        } catch (RelayServerException e) {
            shutDown(boss, workers);
            stopStore(writer, reader, db);
            throw e;
        }
        int port = ((InetSocketAddress) listener.localAddress()).getPort();
        RelayAddress address = new RelayAddress(options.listenHost(), port, staticKey.publicKey());
        long ttlHours = (options.ttl().toSeconds() + 3599) / 3600;
        ScheduledFuture<?> sweeper = workers.next().scheduleAtFixedRate(() -> writer.submit(new ExpiryTask(ttlHours)),
                0, options.sweepInterval().toMillis(), TimeUnit.MILLISECONDS);
        LOG.log(Level.INFO, "relay started on port " + port);
        return new RelayServer(address, context, db, boss, workers, listener, sweeper);
    }

    /** The token clients connect with; its port is the real one, also when 0 was asked for. */
    public RelayAddress address() {
        return address;
    }

    /** What the store holds now (read in one snapshot). */
    public RelayInventory inventory() throws PliException {
        return db.read(c -> {
            try (java.sql.Statement s = c.createStatement()) {
                int mailboxes = count(s, "SELECT COUNT(*) FROM relay_mailbox");
                int queued = count(s, "SELECT COUNT(*) FROM relay_block");
                long stored;
                try (java.sql.ResultSet row = s.executeQuery(
                        "SELECT COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'relay_block'), 0)")) {
                    row.next();
                    stored = row.getLong(1);
                }
                byte[] prefix = new byte[0];
                try (java.sql.ResultSet row = s.executeQuery(
                        "SELECT substr(data, 1, 16) FROM relay_block ORDER BY seq DESC LIMIT 1")) {
                    if (row.next()) {
                        prefix = row.getBytes(1);
                    }
                }
                return new RelayInventory(mailboxes, queued, stored, prefix);
            }
        });
    }

    private static int count(java.sql.Statement s, String sql) throws java.sql.SQLException {
        try (java.sql.ResultSet row = s.executeQuery(sql)) {
            row.next();
            return row.getInt(1);
        }
    }

    /** Connections currently open (handshaking or established). */
    public int openConnections() {
        return context.openConnections().get();
    }

    /**
     * Stops accepting, lets every request already received commit and be answered, closes
     * every connection, then closes the store. Idempotent.
     */
    @Override
    public synchronized void close() throws PliException {
        if (closed) {
            return;
        }
        closed = true;
        listener.close().syncUninterruptibly();
        sweeper.cancel(false);
        context.channels().forEach(c -> c.config().setAutoRead(false));
        try {
            stopStore(context.writer(), context.reader(), null);
        } finally {
            context.channels().close().awaitUninterruptibly();
            shutDown(boss, workers);
            db.close();
            LOG.log(Level.INFO, "relay stopped");
        }
    }

    /**
     * An acknowledged deposit must survive a power cut, not only a crash of the relay: with
     * WAL, synchronous=NORMAL would survive SIGKILL but could lose the last commits when the
     * machine loses power, so the relay insists on FULL (the WAL is synced at every commit).
     * Group commit makes that one fsync per batch of deposits instead of one per deposit.
     */
    private static void requireDurableCommits(Database db) throws PliException {
        int mode = db.write(connection -> {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA synchronous")) {
                return rs.next() ? rs.getInt(1) : -1;
            }
        });
        if (mode < FULL_SYNC) {
            throw new RelayServerException("the relay store must commit with synchronous=FULL, found mode " + mode);
        }
    }

    private static Channel bind(RelayServerOptions options, RelayContext context, EventLoopGroup boss,
            EventLoopGroup workers) throws RelayServerException {
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(boss, workers)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 4096)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new RelayChannelInitializer(context));
        String where = options.listenHost() + ":" + options.listenPort();
        ChannelFuture bound = bootstrap.bind(options.listenHost(), options.listenPort()).awaitUninterruptibly();
        if (!bound.isSuccess()) {
            throw new RelayServerException("cannot listen on " + where + ": " + bound.cause().getMessage(),
                    bound.cause());
        }
        return bound.channel();
    }

    private static void createDataDir(Path dir) throws RelayServerException {
        try {
            if (!Files.isDirectory(dir)) {
                if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(dir);
                }
            }
        } catch (IOException e) {
            throw new RelayServerException("cannot create the relay data folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Commits what the writer holds, stops the readers, and closes {@code db} if given. */
    private static void stopStore(StoreWriter writer, StoreReader reader, Database db) throws DatabaseException {
        try {
            writer.stop();
            reader.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (db != null) {
                db.close();
            }
        }
    }

    private static void shutDown(EventLoopGroup boss, EventLoopGroup workers) {
        boss.shutdownGracefully(QUIET_PERIOD.toMillis(), SHUTDOWN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .awaitUninterruptibly();
        workers.shutdownGracefully(QUIET_PERIOD.toMillis(), SHUTDOWN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .awaitUninterruptibly();
    }
}
