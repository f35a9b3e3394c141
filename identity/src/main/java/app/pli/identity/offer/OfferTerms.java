package app.pli.identity.offer;

import app.pli.identity.keys.IdentityPublicKeys;
import app.pli.identity.route.Route;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * What an introducer tells one of the two people it introduces: the offer id (the same for
 * both), its expiry, the other person's identity keys and the name the introducer knows
 * them by, an optional note, where the other person's rendezvous is (a relay mailbox to
 * deposit into, or "find them on the LAN"), and the introducer's signature over the offer
 * id, the expiry and both identities ({@link OfferCrypto#introducerStatement}).
 *
 * <p>Invariants: the id has {@value OfferConstants#OFFER_ID_BYTES} bytes, the signature 64,
 * the note at most {@value OfferConstants#MAX_NOTE_CHARS} characters. Arrays are copied.
 */
public record OfferTerms(byte[] offerId, Instant expires, IdentityPublicKeys peer, String peerName, String note,
        Route peerRendezvous, byte[] introducerSignature) {
    public OfferTerms {
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(peerName, "peerName");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(peerRendezvous, "peerRendezvous");
        if (offerId == null || offerId.length != OfferConstants.OFFER_ID_BYTES || introducerSignature == null
                || introducerSignature.length != 64 || note.length() > OfferConstants.MAX_NOTE_CHARS) {
            throw new IllegalArgumentException("malformed offer terms");
        }
        offerId = offerId.clone();
        introducerSignature = introducerSignature.clone();
    }

    @Override
    public byte[] offerId() {
        return offerId.clone();
    }

    @Override
    public byte[] introducerSignature() {
        return introducerSignature.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OfferTerms other && Arrays.equals(offerId, other.offerId) && expires.equals(other.expires)
                && peer.equals(other.peer) && peerName.equals(other.peerName) && note.equals(other.note)
                && peerRendezvous.equals(other.peerRendezvous)
                && Arrays.equals(introducerSignature, other.introducerSignature);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(offerId);
    }

    @Override
    public String toString() {
        return "OfferTerms[" + OfferIds.hex(offerId) + ", peer " + peer.fingerprint().grouped() + "]";
    }
}
