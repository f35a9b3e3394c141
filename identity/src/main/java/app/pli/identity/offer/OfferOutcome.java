package app.pli.identity.offer;

/**
 * The key agreement's result for the messenger, sealed beside the agreed offer until the
 * session is started from it (codec id {@value OfferStore#OUTCOME_ID}).
 *
 * @param holder whether this side holds the first ratchet key pair (the "lo" side)
 * @param peerInbox the new contact's inbox, as {@code RouteBytes}
 * @param loEphemeralPublic EK_lo's public key (both sides know it)
 * @param loEphemeralPrivate EK_lo's private key: on the lo side only, else empty
 */
record OfferOutcome(boolean holder, byte[] peerSigning, byte[] peerAgreement, byte[] peerBinding, byte[] peerInbox,
        String peerName, byte[] rootKey, byte[] loEphemeralPublic, byte[] loEphemeralPrivate) {}
