package app.pli.tests.message;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The starting point of the relay-free LAN scenarios: Alicia ({@code A}), Bertrand
 * ({@code B}) and Carolina ({@code C}), profiles without a relay, each with a daemon on
 * loopback; Alicia met the two others with {@code invite --lan}; Bertrand and Carolina never
 * met. {@link #close()} stops the daemons.
 */
final class LanTrio implements AutoCloseable {
    static final String LOOPBACK = "127.0.0.1";

    final PliProfile alicia;
    final PliProfile bertrand;
    final PliProfile carolina;
    private final List<BackgroundPli> daemons;

    private LanTrio(PliProfile alicia, PliProfile bertrand, PliProfile carolina, List<BackgroundPli> daemons) {
        this.alicia = alicia;
        this.bertrand = bertrand;
        this.carolina = carolina;
        this.daemons = daemons;
    }

    static LanTrio start(Path dir) throws Exception {
        List<BackgroundPli> daemons = new ArrayList<>();
        try {
            PliProfile alicia = PliProfile.init(dir.resolve("A"), "Alicia", null, PliProfile.Protection.UNATTENDED);
            PliProfile bertrand = PliProfile.init(dir.resolve("B"), "Bertrand", null,
                    PliProfile.Protection.UNATTENDED);
            PliProfile carolina = PliProfile.init(dir.resolve("C"), "Carolina", null,
                    PliProfile.Protection.UNATTENDED);
            for (PliProfile profile : List.of(alicia, bertrand, carolina)) {
                start(profile, daemons);
            }
            Meetings.meetOnLan(alicia, "Alicia", bertrand, "Bertrand", LOOPBACK);
            Meetings.meetOnLan(alicia, "Alicia", carolina, "Carolina", LOOPBACK);
            return new LanTrio(alicia, bertrand, carolina, daemons);
        } catch (Exception | AssertionError e) {
            stop(daemons);
            throw e;
        }
    }

    /** What the daemons wrote on stderr, for a failure's message. */
    List<List<String>> daemonsSaid() {
        return daemons.stream().map(BackgroundPli::stderr).toList();
    }

    private static void start(PliProfile profile, List<BackgroundPli> daemons) throws Exception {
        BackgroundPli daemon = new BackgroundPli(profile.start("daemon", "--json", "--interface", LOOPBACK));
        daemons.add(daemon);
        Liveness.await(profile + "'s daemon is on the LAN", () -> daemon.stderr().stream()
                .anyMatch(line -> line.contains("LAN: ") && line.contains(LOOPBACK)));
    }

    private static void stop(List<BackgroundPli> daemons) throws InterruptedException {
        for (BackgroundPli daemon : daemons) {
            daemon.close();
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop(daemons);
    }
}
