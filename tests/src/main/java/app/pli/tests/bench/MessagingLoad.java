package app.pli.tests.bench;

import app.pli.messenger.api.HostedRelay;
import app.pli.messenger.api.Messenger;
import app.pli.messenger.api.OnlineSession;
import app.pli.messenger.api.Pli;
import app.pli.messenger.api.Profiles;
import app.pli.messenger.api.RelayHostingOptions;
import app.pli.messenger.api.Unlock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The end-to-end messaging load: an embedded relay, Alice and Bob introduced and both
 * online (the loop behind {@code pli daemon}), Alice sending N messages at a fixed rate;
 * the latency of each runs from Alice's send call to the moment Bob's store committed it
 * (his listener runs after the commit). Prints messages per second and p50/p90/p99/max.
 *
 * <p>Run: {@code java -cp tests/target/benchmarks.jar app.pli.tests.bench.MessagingLoad [MESSAGES [RATE]]}
 * (defaults 10000 messages at 100 per second).
 */
public final class MessagingLoad {
    private MessagingLoad() {}

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Path folder = Files.createTempDirectory("pli-load-");
        try (HostedRelay relay = Pli.relayHosting().start(new RelayHostingOptions("127.0.0.1", 0,
                folder.resolve("relay"), Duration.ofDays(1), false, OptionalInt.empty(), OptionalInt.empty(),
                OptionalLong.empty()))) {
            Profiles profiles = Pli.profiles();
            profiles.init(folder.resolve("a"), "Alice", Optional.of(relay.address()), new Unlock.Unattended());
            profiles.init(folder.resolve("b"), "Bob", Optional.of(relay.address()), new Unlock.Unattended());
            try (Messenger alice = profiles.open(folder.resolve("a"), new Unlock.Unattended());
                    Messenger bob = profiles.open(folder.resolve("b"), new Unlock.Unattended())) {
                InPerson.meet(alice, bob);
                run(alice, bob, messages, rate);
            }
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void run(Messenger alice, Messenger bob, int messages, int rate) throws Exception {
        ConcurrentHashMap<String, Long> sentAt = new ConcurrentHashMap<>();
        long[] latencies = new long[messages];
        CountDownLatch done = new CountDownLatch(messages);
        int[] received = {0};
        try (OnlineSession bobOnline = bob.goOnline(message -> {
            Long start = sentAt.get(message.text());
            if (start != null && received[0] < messages) {
                latencies[received[0]++] = System.nanoTime() - start;
                done.countDown();
            }
        }); OnlineSession aliceOnline = alice.goOnline(message -> { })) {
            Thread.sleep(1000);
            long interval = TimeUnit.SECONDS.toNanos(1) / rate;
            long begin = System.nanoTime();
            for (int i = 0; i < messages; i++) {
                long due = begin + i * interval;
                LockSupport.parkNanos(due - System.nanoTime());
                String text = "load-" + i;
                sentAt.put(text, System.nanoTime());
                aliceOnline.send("Bob", text);
            }
            boolean all = done.await(120, TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - begin) / 1e9;
            report(Arrays.copyOf(latencies, received[0]), messages, rate, seconds, all);
        }
    }

    private static void report(long[] latencies, int messages, int rate, double seconds, boolean all) {
        Arrays.sort(latencies);
        System.out.printf("messages: %d sent at %d/s, %d stored by Bob%s%n", messages, rate, latencies.length,
                all ? "" : " (INCOMPLETE)");
        System.out.printf("throughput: %.1f messages/s over %.1f s%n", latencies.length / seconds, seconds);
        System.out.printf("latency send -> Bob's store: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                Latencies.percentileMillis(latencies, 50), Latencies.percentileMillis(latencies, 90),
                Latencies.percentileMillis(latencies, 99), Latencies.percentileMillis(latencies, 100));
    }


    private static void deleteQuietly(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
