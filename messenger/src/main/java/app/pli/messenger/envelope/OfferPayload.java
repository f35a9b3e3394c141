package app.pli.messenger.envelope;

import java.util.Objects;

/**
 * An introduction by the contact who sends it (identity's offer terms), inside its session:
 * the offer id, expiry, the other person's identity keys and name as the introducer knows
 * them, a note, the other person's rendezvous ({@code RouteBytes}: a relay mailbox to
 * deposit into, or the LAN), the introducer's signature, and the credentials of this
 * side's own rendezvous (null when it is the LAN), which the introducer created for it, and
 * the group it is made for (null for an offer the user answers: the introducer, an admin of
 * that group, introduces two of its members, who answer it themselves).
 */
public record OfferPayload(byte[] offerId, long expiresEpochSecond, byte[] peerSigning, byte[] peerAgreement,
        byte[] peerBinding, String peerName, String note, byte[] peerRendezvous, byte[] introducerSignature,
        Rendezvous ownRendezvous, byte[] groupId) implements Payload {

    /**
     * A relay mailbox handed over whole: where it is, its fetch and deposit ids, and the
     * seed of its mailbox key (which proves ownership to the relay).
     */
    public record Rendezvous(String relay, byte[] fetchId, byte[] depositId, byte[] mailboxKeySeed) {
        public Rendezvous {
            Objects.requireNonNull(relay, "relay");
            Objects.requireNonNull(fetchId, "fetchId");
            Objects.requireNonNull(depositId, "depositId");
            Objects.requireNonNull(mailboxKeySeed, "mailboxKeySeed");
        }

        @Override
        public String toString() {
            return "Rendezvous[" + relay + ", key redacted]";
        }
    }

    public OfferPayload {
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(peerSigning, "peerSigning");
        Objects.requireNonNull(peerAgreement, "peerAgreement");
        Objects.requireNonNull(peerBinding, "peerBinding");
        Objects.requireNonNull(peerName, "peerName");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(peerRendezvous, "peerRendezvous");
        Objects.requireNonNull(introducerSignature, "introducerSignature");
    }

    @Override
    public String toString() {
        return "OfferPayload[secrets redacted]";
    }
}
