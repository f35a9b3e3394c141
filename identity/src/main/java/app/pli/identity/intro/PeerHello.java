package app.pli.identity.intro;

import app.pli.core.crypto.X25519PublicKey;
import app.pli.identity.keys.IdentityPublicKeys;
import app.pli.identity.route.Route;

/**
 * The content of M1 or M2 once opened and checked for form: the sender's identity (its
 * binding already verified), ephemeral key, nonce, inbox route (with its canonical bytes,
 * which the transcript hashes), shared name (as sent, not yet cleaned) and signature (not
 * yet verified: that needs the receiver's context).
 */
record PeerHello(IdentityPublicKeys identity, X25519PublicKey ephemeral, byte[] nonce, Route inbox,
        byte[] inboxBytes, String name, byte[] signature) {

    @Override
    public String toString() {
        return "PeerHello[" + identity + "]";
    }
}
