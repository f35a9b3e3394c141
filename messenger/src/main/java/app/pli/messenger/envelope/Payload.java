package app.pli.messenger.envelope;

/**
 * What a session message carries: exactly one of a text or a receipt. Decoded only after
 * the ratchet authenticated it.
 *
 * @param text the text, or null
 * @param receipt the receipt, or null
 */
public record Payload(TextPayload text, ReceiptPayload receipt) {
    public Payload {
        if ((text == null) == (receipt == null)) {
            throw new IllegalArgumentException("a payload holds exactly one of a text or a receipt");
        }
    }

    /** A payload holding {@code text}. */
    public static Payload of(TextPayload text) {
        return new Payload(text, null);
    }

    /** A payload holding {@code receipt}. */
    public static Payload of(ReceiptPayload receipt) {
        return new Payload(null, receipt);
    }
}
