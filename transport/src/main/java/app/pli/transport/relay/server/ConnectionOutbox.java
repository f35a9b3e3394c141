package app.pli.transport.relay.server;

import app.pli.transport.relay.wire.RelayConstants;
import app.pli.transport.relay.wire.RelayErrorCode;
import app.pli.transport.relay.wire.RelayResponse;
import app.pli.transport.relay.wire.RelaySession;
import io.netty.channel.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The answers waiting to go out on one connection. Any thread may add to it (the writer
 * reports here); the connection's event loop seals and writes them in order, merging
 * consecutive completions into {@link RelayResponse.Done} frames of up to
 * {@link RelayConstants#MAX_DONE_IDS} ids so that a group commit costs one frame per
 * connection, not one per deposit.
 */
final class ConnectionOutbox {
    private final Channel channel;
    private final RelaySession session;
    private final Queue<Object> pending = new ConcurrentLinkedQueue<>(); // Long (done id) or RelayResponse
    private final AtomicBoolean flushScheduled = new AtomicBoolean();

    ConnectionOutbox(Channel channel, RelaySession session) {
        this.channel = channel;
        this.session = session;
    }

    /** Reports request {@code requestId} as carried out. */
    void done(long requestId) {
        pending.add(requestId);
        scheduleFlush();
    }

    /** Queues {@code frame} behind every answer queued before it. */
    void send(RelayResponse frame) {
        pending.add(frame);
        scheduleFlush();
    }

    /** Refuses request {@code requestId}; a code that closes the connection closes it after the frame. */
    void refuse(long requestId, RelayErrorCode code, String message) {
        send(new RelayResponse.ErrorFrame(requestId, code.code(), printable(message)));
        if (code.closesConnection()) {
            channel.eventLoop().execute(this::closeAfterFlush);
        }
    }

    /** Writes {@code frame} now, ahead of anything queued; only on the event loop (used for pushes). */
    void writeNow(RelayResponse frame) {
        channel.writeAndFlush(session.seal(frame, channel.alloc()), channel.voidPromise());
    }

    /** {@code message} as the short printable ASCII an error frame allows. */
    static String printable(String message) {
        StringBuilder out = new StringBuilder(Math.min(message.length(), RelayConstants.MAX_ERROR_MESSAGE_CHARS));
        for (int i = 0; i < message.length() && out.length() < RelayConstants.MAX_ERROR_MESSAGE_CHARS; i++) {
            char c = message.charAt(i);
            out.append(c >= ' ' && c <= '~' ? c : '?');
        }
        return out.toString();
    }

    private void scheduleFlush() {
        if (flushScheduled.compareAndSet(false, true)) {
            channel.eventLoop().execute(this::flush);
        }
    }

    private void flush() {
        flushScheduled.set(false);
        List<Long> done = new ArrayList<>();
        Object next;
        while ((next = pending.poll()) != null) {
            if (next instanceof Long id) {
                done.add(id);
                if (done.size() == RelayConstants.MAX_DONE_IDS) {
                    writeDone(done);
                }
            } else {
                writeDone(done);
                write((RelayResponse) next);
            }
        }
        writeDone(done);
        channel.flush();
    }

    private void writeDone(List<Long> done) {
        if (!done.isEmpty()) {
            write(new RelayResponse.Done(done));
            done.clear();
        }
    }

    private void write(RelayResponse frame) {
        if (channel.isActive()) {
            channel.write(session.seal(frame, channel.alloc()), channel.voidPromise());
        }
    }

    private void closeAfterFlush() {
        flush();
        channel.close();
    }
}
