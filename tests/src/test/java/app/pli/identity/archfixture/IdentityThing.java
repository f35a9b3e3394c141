package app.pli.identity.archfixture;

/** Fixture that breaks the rules on purpose: identity reaching transport, and Kryo and Bouncy Castle. */
public class IdentityThing {
    public static int reachTransport() {
        return app.pli.transport.archfixture.TransportThing.value();
    }

    public static Object useKryo() {
        return new com.esotericsoftware.kryo.Kryo();
    }

    public static Object useBouncyCastle() {
        return new org.bouncycastle.crypto.digests.SHA256Digest();
    }
}
