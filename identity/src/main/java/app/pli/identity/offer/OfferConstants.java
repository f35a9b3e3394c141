package app.pli.identity.offer;

import app.pli.core.crypto.KdfLabel;
import java.time.Duration;

/**
 * The fixed numbers and context labels of introductions by a contact (offers), protocol v1.
 * Every hash, key derivation and signature of the protocol carries one of these labels.
 */
public final class OfferConstants {
    /** How long an offer lives unless the introducer picks another lifetime. */
    public static final Duration DEFAULT_TTL = Duration.ofDays(7);
    /** The longest lifetime an offer may have. */
    public static final Duration MAX_TTL = Duration.ofDays(30);
    /**
     * How long past the expiry a side that accepted still waits for the other's hello: one
     * sent in time may sit on the relay that long (blocks live 21 days there).
     */
    public static final Duration ACCEPTED_GRACE = Duration.ofDays(21);
    /** The length of an offer id (chosen by the introducer, the same for both sides). */
    public static final int OFFER_ID_BYTES = 16;
    /** The longest note an introducer may add, in characters. */
    public static final int MAX_NOTE_CHARS = 500;
    /** The longest hello or decline that is even looked at: one relay block. */
    public static final int MAX_PAYLOAD_BYTES = 4096;

    /** The introducer's signature over the offer id, the expiry and both identities. */
    static final KdfLabel INTRODUCER = KdfLabel.of("pli/v1/offer/introducer");
    /** The key that seals what the side with the lower agreement key sends to the other. */
    static final KdfLabel HELLO_KEY_LO = KdfLabel.of("pli/v1/offer/hello-key/lo");
    /** The key that seals what the side with the higher agreement key sends to the other. */
    static final KdfLabel HELLO_KEY_HI = KdfLabel.of("pli/v1/offer/hello-key/hi");
    /** A side's signature over its hello. */
    static final KdfLabel HELLO = KdfLabel.of("pli/v1/offer/hello");
    /** A side's signature over its refusal. */
    static final KdfLabel DECLINE = KdfLabel.of("pli/v1/offer/decline");
    /** The transcript of the pair's key agreement. */
    static final KdfLabel TRANSCRIPT = KdfLabel.of("pli/v1/offer/transcript");
    /** The root key of the pair's session. */
    static final KdfLabel ROOT_KEY = KdfLabel.of("pli/v1/offer/root-key");

    private OfferConstants() {}
}
