package app.pli.cli.archfixture;

/** Fixture that breaks the rules on purpose: the cli reaching below the Messenger API. */
public class CliThing {
    public static int reachTransport() {
        return app.pli.transport.archfixture.TransportThing.value();
    }
}
