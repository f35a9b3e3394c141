package app.pli.tests.bench;

import app.pli.core.error.PliException;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The group fan-out load: an embedded relay and N profiles in this process; the first
 * (the admin) met every other in person, creates a group of all of them (so every pair of
 * members is introduced by the admin, as for strangers), everyone accepts and goes online
 * (the loop behind {@code pli daemon}); then the admin sends M texts, one at a time, each
 * timed from the send call until all N-1 other stores committed it. Prints the setup time,
 * p50/p90/p99/max and the blocks the relay stored per text (the copies and their receipts).
 *
 * <p>Run: {@code java -cp tests/target/benchmarks.jar app.pli.tests.bench.GroupLoad [MEMBERS [MESSAGES]]}
 * (defaults 50 members, 200 texts).
 */
public final class GroupLoad {
    private static final String GROUP = "Load";

    private GroupLoad() {}

    public static void main(String[] args) throws Exception {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int messages = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path folder = Files.createTempDirectory("pli-group-load-");
        List<Messenger> profiles = new ArrayList<>();
        try (HostedRelay relay = Pli.relayHosting().start(new RelayHostingOptions("127.0.0.1", 0,
                folder.resolve("relay"), Duration.ofDays(1), false, OptionalInt.empty(), OptionalInt.empty(),
                OptionalLong.empty()))) {
            long setupStart = System.nanoTime();
            Profiles service = Pli.profiles();
            for (int i = 0; i < members; i++) {
                Path home = folder.resolve("p" + i);
                service.init(home, name(i), Optional.of(relay.address()), new Unlock.Unattended());
                profiles.add(service.open(home, new Unlock.Unattended()));
            }
            Messenger admin = profiles.get(0);
            for (int i = 1; i < members; i++) {
                InPerson.meet(admin, profiles.get(i));
            }
            System.out.printf("setup: %d profiles met the admin in %.1f s%n", members,
                    (System.nanoTime() - setupStart) / 1e9);
            formGroup(admin, profiles.subList(1, members));
            System.out.printf("setup: the group of %d formed (every pair introduced) in %.1f s%n", members,
                    (System.nanoTime() - setupStart) / 1e9);
            run(relay, admin, profiles.subList(1, members), messages);
        } finally {
            for (Messenger profile : profiles) {
                profile.close();
            }
            deleteQuietly(folder);
        }
    }

    private static String name(int i) {
        return "Member" + i;
    }

    /** The admin creates the group with everyone; all accept and sync until every pair has met. */
    private static void formGroup(Messenger admin, List<Messenger> others) throws Exception {
        admin.groups().create(GROUP);
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= others.size(); i++) {
            names.add(name(i));
        }
        admin.groups().add(GROUP, names);
        for (Messenger member : others) {
            member.sync();
            member.groups().accept(GROUP);
        }
        for (int round = 0; round < 10 && !allMet(admin, others); round++) {
            admin.sync();
            for (Messenger member : others) {
                member.sync();
            }
        }
        if (!allMet(admin, others)) {
            throw new IllegalStateException("the group's introductions did not complete in 10 rounds");
        }
    }

    private static boolean allMet(Messenger admin, List<Messenger> others) throws PliException {
        for (Messenger member : others) {
            if (member.groups().show(GROUP).members().stream().anyMatch(m -> m.trust().equals("pending"))) {
                return false;
            }
        }
        return true;
    }

    private static void run(HostedRelay relay, Messenger admin, List<Messenger> others, int messages)
            throws Exception {
        Map<String, CountDownLatch> arrivals = new ConcurrentHashMap<>();
        List<OnlineSession> sessions = new ArrayList<>();
        try {
            for (Messenger member : others) {
                sessions.add(member.goOnline(message -> {
                    CountDownLatch latch = arrivals.get(message.text());
                    if (latch != null && message.group().isPresent()) {
                        latch.countDown();
                    }
                }));
            }
            OnlineSession adminOnline = admin.goOnline(message -> { });
            sessions.add(adminOnline);
            Thread.sleep(3_000);
            long storedBefore = relay.view().storedBlocks();
            long[] latencies = new long[messages];
            int complete = 0;
            for (int i = 0; i < messages; i++) {
                String text = "group-load-" + i;
                CountDownLatch latch = new CountDownLatch(others.size());
                arrivals.put(text, latch);
                long start = System.nanoTime();
                adminOnline.sendToGroup(GROUP, text);
                if (!latch.await(60, TimeUnit.SECONDS)) {
                    System.out.printf("text %d reached only %d of %d members in 60 s%n", i,
                            others.size() - latch.getCount(), others.size());
                    break;
                }
                latencies[complete++] = System.nanoTime() - start;
            }
            Thread.sleep(2_000); // the receipts of the last texts
            long stored = relay.view().storedBlocks() - storedBefore;
            report(Arrays.copyOf(latencies, complete), messages, others.size(), stored);
        } finally {
            for (OnlineSession session : sessions) {
                session.close();
            }
        }
    }

    private static void report(long[] latencies, int messages, int recipients, long storedBlocks) {
        Arrays.sort(latencies);
        System.out.printf("texts: %d sent to %d members, %d reached all of them%n", messages, recipients,
                latencies.length);
        System.out.printf("latency send -> all %d stores: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                recipients, Latencies.percentileMillis(latencies, 50), Latencies.percentileMillis(latencies, 90),
                Latencies.percentileMillis(latencies, 99), Latencies.percentileMillis(latencies, 100));
        System.out.printf("relay blocks stored: %d, %.1f per text (%d copies of 4096 bytes, plus receipts)%n",
                storedBlocks, storedBlocks / (double) Math.max(1, latencies.length), recipients);
    }


    private static void deleteQuietly(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
