package app.pli.transport.noise.archfixture;

/** Fixture that breaks the rules on purpose: a package the relay builds on reaching the wider transport. */
public class NoiseThing {
    public static int reachTransport() {
        return app.pli.transport.archfixture.TransportThing.value();
    }
}
