package app.pli.messenger.envelope;

/**
 * What a session message carries, one of a family of codec records ({@link PayloadCodec}):
 * a text, a receipt, a receipt request, or an offer (an introduction by the sender).
 * Decoded only after the ratchet authenticated it.
 */
public sealed interface Payload permits TextPayload, ReceiptPayload, ReceiptRequestPayload, OfferPayload {}
