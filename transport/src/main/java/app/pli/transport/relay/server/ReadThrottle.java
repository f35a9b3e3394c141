package app.pli.transport.relay.server;

import io.netty.channel.Channel;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps what one connection can make the relay hold bounded by not reading its requests
 * while (a) it has {@link #MAX_IN_FLIGHT} requests still being carried out, (b) the writer's
 * queue is congested, or (c) its own answers are not being read (the channel is not
 * writable). TCP then pushes back on the client.
 *
 * <p>{@link #started()} and {@link #refresh()} run on the event loop; {@link #finished()}
 * may run on any thread.
 */
final class ReadThrottle {
    /** Requests one connection may have in progress before its reading pauses. */
    static final int MAX_IN_FLIGHT = 256;

    private final Channel channel;
    private final StoreWriter writer;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean paused;
    private boolean waitingForWriter; // event loop only

    ReadThrottle(Channel channel, StoreWriter writer) {
        this.channel = channel;
        this.writer = writer;
    }

    /** A request went to the store. */
    void started() {
        inFlight.incrementAndGet();
        refresh();
    }

    /** A request's answer was queued; resumes reading if this was what held it back. */
    void finished() {
        inFlight.decrementAndGet();
        if (paused) {
            channel.eventLoop().execute(this::refresh);
        }
    }

    /** Sets reading on or off for the current state. */
    void refresh() {
        boolean writerCongested = writer.congested();
        boolean read = inFlight.get() < MAX_IN_FLIGHT && !writerCongested && channel.isWritable();
        if (writerCongested && !waitingForWriter) {
            waitingForWriter = true;
            writer.whenRelieved(() -> channel.eventLoop().execute(() -> {
                waitingForWriter = false;
                refresh();
            }));
        }
        if (read == paused) {
            paused = !read;
            channel.config().setAutoRead(read);
        }
    }
}
