package app.pli.transport.archfixture;

/** Fixture that breaks the rules on purpose: transport reaching identity. */
public class TransportReachingIdentity {
    public static Object reachIdentity() {
        return new app.pli.identity.archfixture.IdentityThing();
    }
}
