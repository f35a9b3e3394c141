package app.pli.tests.bench;

import app.pli.core.error.PliException;
import app.pli.messenger.api.FileInfo;
import app.pli.messenger.api.FileProgress;
import app.pli.messenger.api.LanMode;
import app.pli.messenger.api.MessageInfo;
import app.pli.messenger.api.Messenger;
import app.pli.messenger.api.OnlineSession;
import app.pli.messenger.api.Pli;
import app.pli.messenger.api.Profiles;
import app.pli.messenger.api.Unlock;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The file throughput benchmark of issue 13: one file of N MiB (default 100) from Alice to
 * Bob, end to end.
 *
 * <p>Both modes first move a warm-up file (32 MiB unless the third argument says otherwise) the
 * same way, so that the processes run compiled code.
 *
 * <ul>
 *   <li>{@code relay}: a relay in its own process ({@code pli relay serve} from
 *       {@code cli/target/pli.jar}, or the jar the system property {@code pli.jar} names);
 *       Alice's {@code files().send} (seal into her profile, then upload) and then Bob's
 *       {@code files().get} (read, check, store), one after the other in this process. Each
 *       phase reports its time, MB/s of file bytes and the CPU seconds this process spent
 *       (the side at work), and the relay's CPU seconds (from /proc).</li>
 *   <li>{@code lan}: no relay; both profiles online on 127.0.0.1 with LAN links; the time from
 *       Alice's send to Bob's complete file (his daemon loop pulls it over the link), with
 *       the CPU seconds of both sides together (one process).</li>
 * </ul>
 *
 * <p>Run: {@code java -cp tests/target/benchmarks.jar app.pli.tests.bench.FileLoad [relay|lan] [MIB [WARM_UP_MIB]]}; the
 * system property {@code pli.jvmArgs} adds JVM options to the relay and daemon processes
 * (for example a flight recording).
 */
public final class FileLoad {
    /** The file moved first, so that the processes measured run compiled code. */
    private static final int DEFAULT_WARM_UP_MIB = 32;

    private FileLoad() {}

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "relay";
        int mib = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int warmUpMib = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_WARM_UP_MIB;
        Path folder = Files.createTempDirectory("pli-files-");
        try {
            Path file = folder.resolve("payload.bin");
            write(file, mib);
            if (mode.equals("lan")) {
                lan(folder, file, warmUpMib);
            } else {
                relay(folder, file, warmUpMib);
            }
        } finally {
            try (var walk = Files.walk(folder)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void relay(Path folder, Path file, int warmUpMib) throws Exception {
        Process relay = pli(folder, "relay", "serve", "--listen", "127.0.0.1:0", "--data",
                folder.resolve("relay").toString());
        Process bobDaemon = null;
        try {
            String address = relayAddress(relay);
            Profiles profiles = Pli.profiles();
            profiles.init(folder.resolve("a"), "Alice", Optional.of(address), new Unlock.Unattended());
            profiles.init(folder.resolve("b"), "Bob", Optional.of(address), new Unlock.Unattended());
            try (Messenger alice = profiles.open(folder.resolve("a"), new Unlock.Unattended())) {
                try (Messenger bob = profiles.open(folder.resolve("b"), new Unlock.Unattended())) {
                    InPerson.meet(alice, bob);
                    bob.files().setAutoDownloadLimit(1L << 30);
                }
                bobDaemon = pli(folder, "--home", folder.resolve("b").toString(), "daemon", "--no-lan");
                drain(bobDaemon);
                Thread.sleep(3000); // Bob's daemon is up and subscribed
                try (Messenger bob = profiles.open(folder.resolve("b"), new Unlock.Unattended())) {
                    warmUp(folder, alice, bob, warmUpMib);
                    long size = Files.size(file);
                    double relayCpu = cpuSeconds(relay.pid());
                    double bobCpu = cpuSeconds(bobDaemon.pid());
                    Phase send = Phase.start();
                    alice.files().send("Bob", "", List.of(file), FileProgress.NONE);
                    send.report("Alice's send (seal, mailboxes, message, deposits)", size, -1);
                    await(() -> bob.files().list(false).stream().filter(f -> f.state().equals("complete")
                            && f.name().equals(file.getFileName().toString())).findFirst());
                    send.report("send -> complete at Bob's daemon (end to end)", size, -1);
                    System.out.printf("CPU seconds: Alice %.2f (this process), Bob's daemon %.2f, relay %.2f%n",
                            send.cpu, cpuSeconds(bobDaemon.pid()) - bobCpu, cpuSeconds(relay.pid()) - relayCpu);
                }
            }
        } finally {
            for (Process p : new Process[] {bobDaemon, relay}) {
                if (p != null) {
                    p.destroy();
                    p.waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
    }

    /**
     * Sends the warm-up file the same way first, so that every process measured runs compiled
     * code (the relay's throughput figures are warm too); without it the JIT compilers take
     * a quarter of each process's CPU during a 100 MiB run.
     */
    private static void warmUp(Path folder, Messenger alice, Messenger bob, int warmUpMib) throws Exception {
        Path warm = folder.resolve("warm-up.bin");
        write(warm, warmUpMib);
        alice.files().send("Bob", "", List.of(warm), FileProgress.NONE);
        await(() -> bob.files().list(false).stream().filter(f -> f.state().equals("complete")).findFirst());
    }

    /** {@code pli ARGS...} in a process of its own, from {@code cli/target/pli.jar} (or the jar {@code pli.jar} names). */
    private static Process pli(Path folder, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(javaBin(), "-XX:+UseSerialGC"));
        String extra = System.getProperty("pli.jvmArgs", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.strip().split("\\s+")));
        }
        command.addAll(List.of("-jar", System.getProperty("pli.jar", "cli/target/pli.jar")));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static void drain(Process process) {
        Thread drain = new Thread(() -> {
            try (var in = process.getInputStream()) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException e) {
                // the process ended
            }
        });
        drain.setDaemon(true);
        drain.start();
    }

    private static void lan(Path folder, Path file, int warmUpMib) throws Exception {
        Profiles profiles = Pli.profiles();
        profiles.init(folder.resolve("a"), "Alice", Optional.empty(), new Unlock.Unattended());
        profiles.init(folder.resolve("b"), "Bob", Optional.empty(), new Unlock.Unattended());
        LanMode lan = LanMode.on(Optional.of("127.0.0.1"));
        try (Messenger alice = profiles.open(folder.resolve("a"), new Unlock.Unattended());
                Messenger bob = profiles.open(folder.resolve("b"), new Unlock.Unattended())) {
            bob.files().setAutoDownloadLimit(1L << 30);
            try (OnlineSession aliceOnline = alice.goOnline(m -> { }, lan);
                    OnlineSession bobOnline = bob.goOnline(m -> { }, lan)) {
                var ticket = alice.invite(Duration.ofMinutes(10), lan);
                bob.accept(ticket.code(), Optional.empty(), lan);
                String aliceCode = await(() -> alice.contacts().stream().findFirst().flatMap(c -> c.code()));
                String bobCode = await(() -> bob.contacts().stream().findFirst().flatMap(c -> c.code()));
                alice.verify(alice.contacts().get(0).name(), bobCode);
                bob.verify(bob.contacts().get(0).name(), aliceCode);
                Path warm = folder.resolve("warm-up.bin");
                write(warm, warmUpMib);
                alice.files().send(alice.contacts().get(0).name(), "", List.of(warm), FileProgress.NONE);
                await(() -> bob.files().list(false).stream().filter(f -> f.state().equals("complete")).findFirst());
                long size = Files.size(file);
                Phase transfer = Phase.start();
                alice.files().send(alice.contacts().get(0).name(), "", List.of(file), FileProgress.NONE);
                await(() -> bob.files().list(false).stream().filter(f -> f.state().equals("complete")
                        && f.name().equals(file.getFileName().toString())).findFirst());
                transfer.report("send -> complete over the LAN link (both sides in this process)", size, -1);
            }
        }
    }

    /** Waits up to two minutes for {@code probe} to give a value. */
    private static <T> T await(Probe<T> probe) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            Optional<T> value = probe.value();
            if (value.isPresent()) {
                return value.get();
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("nothing came within two minutes");
    }

    @FunctionalInterface
    private interface Probe<T> {
        Optional<T> value() throws PliException;
    }

    /** Wall time and this process's CPU time of one phase. */
    private static final class Phase {
        private final long wallStart = System.nanoTime();
        private final long cpuStart = processCpuNanos();
        private double seconds;

        static Phase start() {
            return new Phase();
        }

        private double cpu;

        /** Prints the phase so far; {@code relayCpu} negative when not measured. */
        void report(String what, long bytes, double relayCpu) {
            seconds = (System.nanoTime() - wallStart) / 1e9;
            cpu = (processCpuNanos() - cpuStart) / 1e9;
            System.out.printf("%s: %.2f s, %.1f MB/s, CPU %.2f s in this process%s%n", what, seconds,
                    bytes / 1e6 / seconds, cpu, relayCpu >= 0 ? String.format(", relay %.2f s", relayCpu) : "");
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** User + system CPU seconds of process {@code pid}, from /proc (Linux). */
    private static double cpuSeconds(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    private static String relayAddress(Process relay) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(relay.getInputStream(),
                StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            int at = line.indexOf("pli-relay://");
            if (at >= 0) {
                String address = line.substring(at).split("\\s")[0];
                Thread drain = new Thread(() -> {
                    try {
                        while (lines.readLine() != null) {
                            // keep the relay's output flowing
                        }
                    } catch (IOException e) {
                        // the relay ended
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return address;
            }
        }
        throw new IllegalStateException("the relay printed no address");
    }

    private static void write(Path file, int mib) throws IOException {
        Random random = new Random(13);
        byte[] chunk = new byte[1 << 20];
        try (var out = Files.newOutputStream(file)) {
            for (int i = 0; i < mib; i++) {
                random.nextBytes(chunk);
                out.write(chunk);
            }
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
