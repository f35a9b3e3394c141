package app.pli.tests.message;

import java.nio.file.Path;

/**
 * The starting point of the offer scenarios: a relay in its own process, and Alicia (folder
 * {@code A}), who met Bertrand ({@code B}) and Carolina ({@code C}) in person through it;
 * Bertrand and Carolina never met. {@link #close()} ends the relay.
 */
final class IntroducedTrio implements AutoCloseable {
    final RelayServer relay;
    final PliProfile alicia;
    final PliProfile bertrand;
    final PliProfile carolina;

    private IntroducedTrio(RelayServer relay, PliProfile alicia, PliProfile bertrand, PliProfile carolina) {
        this.relay = relay;
        this.alicia = alicia;
        this.bertrand = bertrand;
        this.carolina = carolina;
    }

    static IntroducedTrio start(Path dir) throws Exception {
        RelayServer relay = RelayServer.start(dir.resolve("relay"), dir.resolve("relay-logs"));
        try {
            PliProfile alicia = PliProfile.init(dir.resolve("A"), "Alicia", relay.address(),
                    PliProfile.Protection.UNATTENDED);
            PliProfile bertrand = PliProfile.init(dir.resolve("B"), "Bertrand", relay.address(),
                    PliProfile.Protection.UNATTENDED);
            PliProfile carolina = PliProfile.init(dir.resolve("C"), "Carolina", relay.address(),
                    PliProfile.Protection.UNATTENDED);
            Meetings.meet(alicia, "Alicia", bertrand, "Bertrand");
            Meetings.meet(alicia, "Alicia", carolina, "Carolina");
            return new IntroducedTrio(relay, alicia, bertrand, carolina);
        } catch (Exception | AssertionError e) {
            relay.close();
            throw e;
        }
    }

    @Override
    public void close() throws InterruptedException {
        relay.close();
    }
}
