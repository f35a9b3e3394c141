package app.pli.messenger.file;

import java.util.Optional;

/**
 * Where one file transfer stands; the persisted step of its state machine.
 *
 * <pre>
 * outgoing:  UPLOADING --every block Done at the relay--> UPLOADED   (the message is then queued)
 *            UPLOADING --the relay refuses for good------> FAILED
 * incoming:  OFFERED --auto (≤ limit) or files get--> DOWNLOADING --all blocks, hash matches--> COMPLETE
 *            DOWNLOADING --hash mismatch--> DOWNLOADING (blocks fetched again; FAILED after 3 attempts)
 *            DOWNLOADING --mailbox gone, file expired--> FAILED
 * </pre>
 */
public enum FileState {
    UPLOADING(1, "uploading"),
    UPLOADED(2, "uploaded"),
    OFFERED(10, "offered"),
    DOWNLOADING(11, "downloading"),
    COMPLETE(12, "complete"),
    FAILED(19, "failed");

    private final int code;
    private final String label;

    FileState(int code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The persisted code. */
    public int code() {
        return code;
    }

    /** The name users and JSON see. */
    public String label() {
        return label;
    }

    /** The state stored as {@code code}, if any. */
    public static Optional<FileState> fromCode(int code) {
        for (FileState s : values()) {
            if (s.code == code) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
