package app.pli.identity.offer;

import java.time.Instant;
import java.util.Objects;

/**
 * The persisted state of one received offer, stored sealed as a whole (codec id
 * {@value OfferStore#RECORD_ID}).
 *
 * <p>Invariants: {@code pending} (this side's ephemeral secret, its inbox and chosen name)
 * is present exactly in ACCEPTED; {@code keptHello} (the other side's hello that came
 * before this side answered) only in RECEIVED. Final states keep neither, so a finished
 * offer holds no secret. Public keys and names stay, for the listing.
 *
 * @param peerRendezvous the other side's rendezvous as {@code RouteBytes}
 * @param introducerSignature sigI, which the other side's hello must carry too
 */
record OfferRecord(byte[] offerId, OfferState state, long expiresEpochSecond, long receivedEpochSecond,
        byte[] peerSigning, byte[] peerAgreement, byte[] peerBinding, String peerName, String note,
        String introducerName, byte[] peerRendezvous, byte[] introducerSignature, Pending pending,
        KeptHello keptHello) {

    /**
     * What this side keeps between accepting and the other side's hello (codec id
     * {@value OfferStore#PENDING_ID}).
     *
     * @param ephemeralPrivate this side's EK private key
     * @param ownInbox this side's inbox for the new contact, as {@code RouteBytes}
     * @param chosenName the name the new contact will have here
     */
    record Pending(byte[] ephemeralPrivate, byte[] ownInbox, String chosenName) {
        Pending {
            if (ephemeralPrivate == null || ephemeralPrivate.length != 32 || ownInbox == null || chosenName == null) {
                throw new IllegalArgumentException("incomplete pending offer secrets");
            }
        }
    }

    /**
     * The other side's hello, kept while this side has not answered (codec id
     * {@value OfferStore#HELLO_ID}): its ephemeral key, inbox ({@code RouteBytes}) and name.
     */
    record KeptHello(byte[] ephemeralKey, byte[] inbox, String name) {
        KeptHello {
            if (ephemeralKey == null || ephemeralKey.length != 32 || inbox == null || name == null) {
                throw new IllegalArgumentException("incomplete kept hello");
            }
        }
    }

    OfferRecord {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(peerName, "peerName");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(introducerName, "introducerName");
        if (offerId == null || offerId.length != OfferConstants.OFFER_ID_BYTES || peerSigning == null
                || peerAgreement == null || peerBinding == null || peerRendezvous == null
                || introducerSignature == null) {
            throw new IllegalArgumentException("incomplete offer record");
        }
        if ((pending != null) != (state == OfferState.ACCEPTED)
                || (keptHello != null && state != OfferState.RECEIVED)) {
            throw new IllegalArgumentException("secrets do not fit the offer state " + state);
        }
    }

    Instant expires() {
        return Instant.ofEpochSecond(expiresEpochSecond);
    }

    OfferRecord withHello(KeptHello hello) {
        return new OfferRecord(offerId, state, expiresEpochSecond, receivedEpochSecond, peerSigning, peerAgreement,
                peerBinding, peerName, note, introducerName, peerRendezvous, introducerSignature, null, hello);
    }

    OfferRecord accepted(Pending secrets) {
        return new OfferRecord(offerId, OfferState.ACCEPTED, expiresEpochSecond, receivedEpochSecond, peerSigning,
                peerAgreement, peerBinding, peerName, note, introducerName, peerRendezvous, introducerSignature,
                secrets, null);
    }

    /** A final state: secrets and kept hello dropped. */
    OfferRecord ended(OfferState finalState) {
        return new OfferRecord(offerId, finalState, expiresEpochSecond, receivedEpochSecond, peerSigning,
                peerAgreement, peerBinding, peerName, note, introducerName, peerRendezvous, introducerSignature,
                null, null);
    }
}
