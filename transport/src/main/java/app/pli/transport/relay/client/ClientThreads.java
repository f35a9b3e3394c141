package app.pli.transport.relay.client;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads every relay client of the process shares: a few network event loops (each
 * client is pinned to one) and a pool that completes futures and runs listeners. All are
 * daemon threads that live as long as the process, so clients are cheap to create and
 * closing one stops no thread.
 */
final class ClientThreads {
    private static final int EVENT_LOOPS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private ClientThreads() {}

    /** The shared network event loops. */
    static EventLoopGroup eventLoops() {
        return Holder.EVENT_LOOPS;
    }

    /** The shared pool for callbacks: grows as callbacks block, so one slow listener stalls no other client. */
    static ExecutorService callbacks() {
        return Holder.CALLBACKS;
    }

    private static final class Holder {
        static final EventLoopGroup EVENT_LOOPS = new MultiThreadIoEventLoopGroup(ClientThreads.EVENT_LOOPS,
                new DefaultThreadFactory("pli-relay-client", true), NioIoHandler.newFactory());
        static final ExecutorService CALLBACKS = Executors.newCachedThreadPool(daemonThreads());

        private static java.util.concurrent.ThreadFactory daemonThreads() {
            AtomicInteger n = new AtomicInteger();
            return r -> {
                Thread t = new Thread(r, "pli-relay-callback-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            };
        }
    }
}
