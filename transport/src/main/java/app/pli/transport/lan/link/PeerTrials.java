package app.pli.transport.lan.link;

import app.pli.core.crypto.X25519KeyPair;
import app.pli.transport.noise.NoiseException;
import app.pli.transport.noise.NoiseHandshake;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * Finds which contact sent a KK message 1 by trial: a responder handshake per contact key,
 * in the order the supplier gives them, until one authenticates the message (its payload is
 * encrypted under keys that mix both static keys, so a wrong key fails its tag). A
 * stranger fails every trial. At most {@code maxTrials} keys are tried, bounding the work a
 * connection can cause.
 *
 * <p>Thread-safe if the supplier is; the supplier is asked anew for every connection, so
 * added or removed contacts count from the next one.
 */
final class PeerTrials implements ResponderHandshake.Matcher {
    private static final System.Logger LOG = System.getLogger(PeerTrials.class.getName());

    private final X25519KeyPair identity;
    private final Supplier<? extends Collection<LinkPeer>> contacts;
    private final int maxTrials;

    PeerTrials(X25519KeyPair identity, Supplier<? extends Collection<LinkPeer>> contacts, int maxTrials) {
        this.identity = identity;
        this.contacts = contacts;
        this.maxTrials = maxTrials;
    }

    @Override
    public HandshakeMatch match(byte[] message1) {
        List<LinkPeer> peers = new ArrayList<>(contacts.get());
        if (peers.size() > maxTrials) {
            LOG.log(Level.WARNING, "LAN link server has " + peers.size() + " contacts; only the first "
                    + maxTrials + " can connect");
            peers = peers.subList(0, maxTrials);
        }
        for (LinkPeer peer : peers) {
            NoiseHandshake handshake = NoiseHandshake.kkResponder(LinkConstants.LINK_PROLOGUE, identity, peer.key());
            try {
                if (handshake.readMessage(message1).length == 0) {
                    return new HandshakeMatch(peer.id(), handshake);
                }
                // Version 1 sends an empty payload: a contact sending more speaks another version.
            } catch (NoiseException e) {
                // Not this contact: its key does not open the message. Try the next one.
            }
            handshake.destroy();
        }
        return null;
    }
}
