package app.pli.transport.relay.server.archfixture;

/** Fixture that breaks the rules on purpose: the relay server naming an identity class. */
public class ServerThing {
    public static int reachIdentity() {
        return app.pli.identity.archfixture.IdentityThing.reachTransport();
    }
}
