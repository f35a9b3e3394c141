package app.pli.identity.intro;

/**
 * What a finished key agreement leaves for the messenger, stored sealed beside the
 * introduction (codec id {@value IntroductionStore#OUTCOME_ID}); see {@link IntroductionOutcome}.
 *
 * @param peerRoute the peer's inbox route, as {@code RouteBytes}
 * @param inviterEphemeralPrivate EK_A's private key on the inviter's side; null on the invitee's
 */
record StoredOutcome(IntroductionRole role, byte[] peerSigning, byte[] peerAgreement, byte[] peerBinding,
        byte[] peerRoute, String peerName, byte[] rootKey, byte[] inviterEphemeralPublic,
        byte[] inviterEphemeralPrivate) {
    StoredOutcome {
        if (role == null || peerSigning == null || peerAgreement == null || peerBinding == null || peerRoute == null
                || peerName == null || rootKey == null || inviterEphemeralPublic == null) {
            throw new IllegalArgumentException("incomplete introduction outcome");
        }
    }
}
