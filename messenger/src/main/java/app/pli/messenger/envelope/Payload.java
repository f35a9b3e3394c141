package app.pli.messenger.envelope;

/**
 * What a session message carries, one of a family of codec records ({@link PayloadCodec}):
 * a text, a receipt, a receipt request, an offer (an introduction by the sender), a group's
 * signed version, or a text to a group. Decoded only after the ratchet authenticated it.
 */
public sealed interface Payload permits TextPayload, ReceiptPayload, ReceiptRequestPayload, OfferPayload,
        GroupStatePayload, GroupTextPayload {}
