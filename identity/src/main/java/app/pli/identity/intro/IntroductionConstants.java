package app.pli.identity.intro;

import app.pli.core.crypto.KdfLabel;
import java.time.Duration;

/**
 * The fixed numbers and context labels of introduction protocol v1. Every hash, key
 * derivation and signature of the protocol carries one of these labels.
 */
public final class IntroductionConstants {
    /** The lifetime of an invitation unless the user picks another. */
    public static final Duration DEFAULT_TTL = Duration.ofHours(24);
    /** The longest lifetime an invitation may have. */
    public static final Duration MAX_TTL = Duration.ofDays(30);
    /**
     * How long after the invitation's expiry an invitee still waits for M2: an M2 made in
     * time may sit on the relay until it is fetched (blocks live 21 days there).
     */
    public static final Duration INVITEE_GRACE = Duration.ofDays(21);
    /** Digits of a code. */
    public static final int CODE_DIGITS = 4;
    /** Typed codes that may fail; the last failure aborts the introduction. */
    public static final int MAX_MISMATCHES = 3;
    /** The longest M1 or M2 payload (sealed) that is even looked at. */
    public static final int MAX_PAYLOAD_BYTES = 4096;

    static final int NONCE_BYTES = 32;
    static final int SECRET_BYTES = 32;

    static final KdfLabel COMMIT = KdfLabel.of("pli/v1/intro/commit");
    static final KdfLabel KEY_M1 = KdfLabel.of("pli/v1/intro/key/m1");
    static final KdfLabel KEY_M2 = KdfLabel.of("pli/v1/intro/key/m2");
    static final KdfLabel SIGN_M1 = KdfLabel.of("pli/v1/intro/m1");
    static final KdfLabel SIGN_M2 = KdfLabel.of("pli/v1/intro/m2");
    static final KdfLabel TRANSCRIPT = KdfLabel.of("pli/v1/intro/transcript");
    static final KdfLabel SAS_INVITER = KdfLabel.of("pli/v1/intro/sas/inviter");
    static final KdfLabel SAS_INVITEE = KdfLabel.of("pli/v1/intro/sas/invitee");
    static final KdfLabel ROOT_KEY = KdfLabel.of("pli/v1/intro/root-key");
    /** Local only: names the hash kept of the message that advanced an introduction. */
    static final KdfLabel RECEIVED_MESSAGE = KdfLabel.of("pli/v1/intro/received-message");

    private IntroductionConstants() {}
}
