package app.pli.cli.demo;

/**
 * The demo's result (JSON with {@code --json}).
 *
 * @param relay the embedded relay's address
 * @param aliceFingerprint Alice's fingerprint
 * @param bobFingerprint Bob's fingerprint
 * @param messagesDelivered Alice's messages that Bob stored and acknowledged with a receipt
 * @param relayBlocksStored blocks the relay stored over the whole story
 */
public record DemoSummary(String relay, String aliceFingerprint, String bobFingerprint, int messagesDelivered,
        long relayBlocksStored) {}
