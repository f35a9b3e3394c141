package app.pli.transport.lan.link;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads every LAN server and connector of the process shares: two network event
 * loops, a pool that runs listeners and completes futures (never on a network thread), and
 * one thread for handshake trials. All are daemon threads that live as long as the
 * process, so servers and connectors are cheap to start and closing one stops no thread.
 *
 * <p>Trials get their own bounded thread: a first message from a stranger costs up to one
 * Noise read per contact, and a flood of them must neither stall the event loops nor queue
 * without bound; a trial that finds the queue full is refused and its connection closed.
 */
final class LinkThreads {
    private static final int EVENT_LOOPS = 2;
    private static final int QUEUED_TRIALS = 32;

    private LinkThreads() {}

    /** The shared network event loops. */
    static EventLoopGroup eventLoops() {
        return Holder.EVENT_LOOPS;
    }

    /** The shared pool for listener calls and future completions; grows as callbacks block. */
    static ExecutorService callbacks() {
        return Holder.CALLBACKS;
    }

    /** The single trial thread; rejects work (RejectedExecutionException) when its queue is full. */
    static ExecutorService trials() {
        return Holder.TRIALS;
    }

    private static final class Holder {
        static final EventLoopGroup EVENT_LOOPS = new MultiThreadIoEventLoopGroup(LinkThreads.EVENT_LOOPS,
                new DefaultThreadFactory("pli-lan-link", true), NioIoHandler.newFactory());
        static final ExecutorService CALLBACKS = Executors.newCachedThreadPool(daemonThreads("pli-lan-callback-"));
        static final ExecutorService TRIALS = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(QUEUED_TRIALS), daemonThreads("pli-lan-trial-"),
                new ThreadPoolExecutor.AbortPolicy());

        private static ThreadFactory daemonThreads(String prefix) {
            AtomicInteger n = new AtomicInteger();
            return r -> {
                Thread t = new Thread(r, prefix + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            };
        }
    }
}
