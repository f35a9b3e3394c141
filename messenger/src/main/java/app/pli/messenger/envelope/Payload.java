package app.pli.messenger.envelope;

/**
 * What a session message carries: exactly one of a text, a receipt, or a receipt request.
 * Decoded only after the ratchet authenticated it.
 *
 * @param text the text, or null
 * @param receipt the receipt (or the answer to a receipt request), or null
 * @param receiptRequest a request to confirm texts this side sent, or null
 */
public record Payload(TextPayload text, ReceiptPayload receipt, ReceiptRequestPayload receiptRequest) {
    public Payload {
        int set = (text == null ? 0 : 1) + (receipt == null ? 0 : 1) + (receiptRequest == null ? 0 : 1);
        if (set != 1) {
            throw new IllegalArgumentException("a payload holds exactly one of a text, a receipt or a receipt request");
        }
    }

    /** A payload holding {@code text}. */
    public static Payload of(TextPayload text) {
        return new Payload(text, null, null);
    }

    /** A payload holding {@code receipt}. */
    public static Payload of(ReceiptPayload receipt) {
        return new Payload(null, receipt, null);
    }

    /** A payload holding {@code request}. */
    public static Payload of(ReceiptRequestPayload request) {
        return new Payload(null, null, request);
    }
}
