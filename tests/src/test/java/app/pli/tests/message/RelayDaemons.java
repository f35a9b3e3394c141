package app.pli.tests.message;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The relay daemons of a scenario's profiles ({@code pli daemon --no-lan}), each started
 * and awaited online, killed (SIGKILL) and restarted between steps; {@link #close()} stops
 * every process ever started, killed ones included.
 */
final class RelayDaemons implements AutoCloseable {
    private final Map<PliProfile, BackgroundPli> current = new HashMap<>();
    private final List<BackgroundPli> started = new ArrayList<>();

    /** Starts the profile's daemon and waits until it is online. */
    void start(PliProfile profile) throws Exception {
        BackgroundPli daemon = new BackgroundPli(profile.start("daemon", "--json", "--no-lan"));
        started.add(daemon);
        current.put(profile, daemon);
        daemon.awaitStderrLine(line -> line.startsWith("online as "), Liveness.GENEROUS);
    }

    /** SIGKILL of the profile's daemon, then a new one. */
    void restart(PliProfile profile) throws Exception {
        current.get(profile).kill();
        start(profile);
    }

    @Override
    public void close() throws InterruptedException {
        for (BackgroundPli daemon : started) {
            daemon.close();
        }
    }
}
