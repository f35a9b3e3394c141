package app.pli.transport.lan.discovery;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Assertions;

/** A listener that records every report, with waiting helpers for the tests. */
final class FoundLog implements PeerListener {
    /** One report of {@link PeerListener#found}. */
    record Found(long id, InetSocketAddress endpoint) {}

    private final List<Found> reports = new CopyOnWriteArrayList<>();

    @Override
    public void found(long id, InetSocketAddress endpoint) {
        reports.add(new Found(id, endpoint));
    }

    List<Found> reports() {
        return List.copyOf(reports);
    }

    long count(long id) {
        return reports.stream().filter(report -> report.id() == id).count();
    }

    /** Waits until the peer {@code id} was reported at least {@code times} times; fails after {@code limit}. */
    void awaitReports(long id, long times, Duration limit) throws InterruptedException {
        awaitCondition(() -> count(id) >= times, limit, "peer " + id + " reported " + times + " time(s); got " + reports());
    }

    /** Polls {@code condition} until it holds; fails with {@code what} after {@code limit}. */
    static void awaitCondition(BooleanSupplier condition, Duration limit, String what) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                Assertions.fail("timed out waiting for: " + what);
            }
            Thread.sleep(50);
        }
    }
}
