package app.pli.transport.lan.discovery;

import java.util.OptionalLong;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.jmdns.JmDNS;
import javax.jmdns.ServiceEvent;
import javax.jmdns.ServiceInfo;
import javax.jmdns.ServiceListener;

/**
 * The JmDNS listener of one discovery instance: on JmDNS's thread it drops every record whose
 * name is not expected, keeping nothing about it but a count, and hands the others to
 * discovery's thread. So a flood of records costs a hash lookup each and queues nothing.
 *
 * <p>Removals are not acted on: a goodbye record is as unauthenticated as any other, and a
 * peer that left is noticed by the link that fails to connect.
 */
final class RecordFilter implements ServiceListener {
    /** Receives, on discovery's thread, a record whose name belongs to a watched peer. */
    interface Sink {
        /** {@code info} may lack data; {@code dns} is the instance that saw the record. */
        void recognized(JmDNS dns, String instanceName, ServiceInfo info);
    }

    private final Supplier<ExpectedNames> expected;
    private final Executor worker;
    private final Sink sink;
    private final AtomicInteger strangers = new AtomicInteger();

    RecordFilter(Supplier<ExpectedNames> expected, Executor worker, Sink sink) {
        this.expected = expected;
        this.worker = worker;
        this.sink = sink;
    }

    /** How many distinct unknown names this listener was told about. */
    int strangers() {
        return strangers.get();
    }

    @Override
    public void serviceAdded(ServiceEvent event) {
        // JmDNS reports each name as added once per listener, so this counts distinct names.
        if (!forward(event)) {
            strangers.incrementAndGet();
        }
    }

    @Override
    public void serviceResolved(ServiceEvent event) {
        forward(event);
    }

    @Override
    public void serviceRemoved(ServiceEvent event) {
        // Deliberately ignored; see the class comment.
    }

    private boolean forward(ServiceEvent event) {
        String name = event.getName();
        ExpectedNames names = expected.get();
        if (names.isOwn(name)) {
            return true;
        }
        OptionalLong peer = names.peerFor(name);
        if (peer.isEmpty()) {
            return false;
        }
        try {
            worker.execute(() -> sink.recognized(event.getDNS(), name, event.getInfo()));
        } catch (RejectedExecutionException e) {
            // Discovery is closing: the record no longer matters.
        }
        return true;
    }
}
