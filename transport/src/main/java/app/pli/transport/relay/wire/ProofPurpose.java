package app.pli.transport.relay.wire;

import java.nio.charset.StandardCharsets;

/**
 * What a relay proof authorises. Each purpose has its own label, so a signature made for
 * one purpose never verifies for another; what follows the label is listed per purpose.
 */
public enum ProofPurpose {
    /** Registers a mailbox key; subject: the mailbox public key. Signed by the mailbox key. */
    CREATE(RelayConstants.LABEL_CREATE),
    /** Subject: the fetch id. Signed by the mailbox key. */
    SUBSCRIBE(RelayConstants.LABEL_SUBSCRIBE),
    /** Subject: the fetch id. Signed by the mailbox key. */
    FETCH(RelayConstants.LABEL_FETCH),
    /** Subject: the fetch id. Signed by the mailbox key. */
    READ(RelayConstants.LABEL_READ),
    /** Subject: the fetch id. Signed by the mailbox key. */
    ACK(RelayConstants.LABEL_ACK),
    /** Subject: the fetch id, then the sender public key. Signed by the mailbox key. */
    LOCK(RelayConstants.LABEL_LOCK),
    /** Subject: the fetch id. Signed by the mailbox key. */
    DELETE(RelayConstants.LABEL_DELETE),
    /** Subject: the deposit id. Signed by the sender key the mailbox is locked to. */
    DEPOSIT(RelayConstants.LABEL_DEPOSIT);

    private final byte[] label;

    ProofPurpose(String label) {
        this.label = label.getBytes(StandardCharsets.US_ASCII);
    }

    /** The ASCII label that starts every signed message of this purpose. */
    public byte[] label() {
        return label.clone();
    }
}
