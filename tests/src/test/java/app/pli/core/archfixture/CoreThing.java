package app.pli.core.archfixture;

/** Fixture that breaks the rules on purpose: core reaching up into transport. */
public class CoreThing {
    public static int reachTransport() {
        return app.pli.transport.archfixture.TransportThing.value();
    }
}
