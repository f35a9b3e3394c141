package app.pli.messenger.envelope;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A text message inside a session, with the files it carries.
 *
 * @param messageId 16 random bytes chosen by the sender; the receiver stores a message id once
 * @param sentAt the sender's clock in epoch milliseconds, strictly increasing per conversation
 * @param sequence the sender's counter for this conversation, starting at 1
 * @param text at most {@link #MAX_TEXT_BYTES} bytes of UTF-8 (may be empty when files come with it)
 * @param files at most {@link #MAX_FILES} files
 */
public record TextPayload(byte[] messageId, long sentAt, long sequence, String text, List<FileRef> files)
        implements Payload {
    /** The longest text: 64 KiB of UTF-8. */
    public static final int MAX_TEXT_BYTES = 64 * 1024;
    /** The length of a message id. */
    public static final int MESSAGE_ID_BYTES = 16;
    /** Most files one message carries. */
    public static final int MAX_FILES = 8;

    public TextPayload {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(files, "files");
        if (files.size() > MAX_FILES) {
            throw new IllegalArgumentException("a message carries at most " + MAX_FILES + " files");
        }
        files.forEach(f -> Objects.requireNonNull(f, "file"));
        if (messageId.length != MESSAGE_ID_BYTES) {
            throw new IllegalArgumentException("a message id is " + MESSAGE_ID_BYTES + " bytes");
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
            throw new IllegalArgumentException("a text is at most " + MAX_TEXT_BYTES + " bytes");
        }
        if (sequence < 1 || sentAt < 0) {
            throw new IllegalArgumentException("sequence starts at 1 and times are after 1970");
        }
        messageId = messageId.clone();
        files = List.copyOf(files);
    }

    /** A text without files. */
    public TextPayload(byte[] messageId, long sentAt, long sequence, String text) {
        this(messageId, sentAt, sequence, text, List.of());
    }

    /** The same text carrying {@code attached}. */
    public TextPayload withFiles(List<FileRef> attached) {
        return new TextPayload(messageId, sentAt, sequence, text, attached);
    }

    @Override
    public byte[] messageId() {
        return messageId.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextPayload other && java.util.Arrays.equals(messageId, other.messageId)
                && sentAt == other.sentAt && sequence == other.sequence && text.equals(other.text) && files.equals(other.files);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(messageId);
    }

    @Override
    public String toString() {
        return "TextPayload[#" + sequence + ", " + text.length() + " chars, " + files.size() + " files]";
    }
}
