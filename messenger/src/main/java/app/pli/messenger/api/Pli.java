package app.pli.messenger.api;

import app.pli.messenger.profile.ProfileService;
import app.pli.messenger.relay.RelayBenchmarkService;
import app.pli.messenger.relay.RelayHostingService;

/**
 * The entry point a user interface calls: it hands out the Messenger API's services,
 * wired to their implementations in this one place.
 */
public final class Pli {
    private Pli() {}

    /** Hosting a blind relay in this process. */
    public static RelayHosting relayHosting() {
        return new RelayHostingService();
    }

    /** Creating and opening profiles (identity, contacts, introductions). */
    public static Profiles profiles() {
        return new ProfileService();
    }

    /** Measuring a running blind relay under load. */
    public static RelayBenchmark relayBenchmark() {
        return new RelayBenchmarkService();
    }
}
