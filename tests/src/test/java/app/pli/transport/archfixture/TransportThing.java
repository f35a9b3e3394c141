package app.pli.transport.archfixture;

/** Fixture: a transport class, for the rules test. */
public class TransportThing {
    public static int value() {
        return 1;
    }
}
