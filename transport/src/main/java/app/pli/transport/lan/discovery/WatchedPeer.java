package app.pli.transport.lan.discovery;

import app.pli.core.crypto.X25519PublicKey;
import java.util.Objects;

/**
 * A peer discovery looks for: the caller's opaque {@code id} (reported back by
 * {@link PeerListener#found}) and the X25519 public key its names derive from.
 */
public record WatchedPeer(long id, X25519PublicKey key) {
    public WatchedPeer {
        Objects.requireNonNull(key, "key");
    }
}
