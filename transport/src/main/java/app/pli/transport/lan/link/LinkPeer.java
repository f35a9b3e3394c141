package app.pli.transport.lan.link;

import app.pli.core.crypto.X25519PublicKey;
import java.util.Objects;

/**
 * A contact a LAN link may be made with: the caller's own number for it ({@code id}, passed
 * back in every callback) and its identity X25519 key, which the Noise KK handshake proves.
 */
public record LinkPeer(long id, X25519PublicKey key) {
    public LinkPeer {
        Objects.requireNonNull(key, "key");
    }
}
