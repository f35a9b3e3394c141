package app.pli.cli.files;

import app.pli.cli.convert.ByteSize;
import app.pli.messenger.api.FileInfo;

/**
 * How the command line shows a file: JSON fields {@code id}, {@code message_id},
 * {@code name}, {@code size} (bytes), {@code from} (the sender, null for a file this profile
 * sent), {@code state}, {@code progress} (0..1) and {@code reason} (null unless it failed or
 * waits).
 */
public record FileView(String id, String messageId, String name, long size, String from, String state,
        double progress, String reason) {
    static FileView of(FileInfo info) {
        return new FileView(info.id(), info.messageId(), info.name(), info.size(), info.from().orElse(null),
                info.state(), info.progress(), info.reason().orElse(null));
    }

    /** One line for the list: id, state, share done, size, name, sender and reason. */
    String line() {
        return id + "  " + state + "  " + (int) Math.floor(progress * 100) + "%  " + ByteSize.format(size) + "  "
                + name + (from == null ? "" : "  from " + from) + (reason == null ? "" : "  (" + reason + ")");
    }

    /** Where the file stands, e.g. {@code complete 0123456789abcdef report.pdf}. */
    String summary() {
        return state + " " + id + " " + name;
    }
}
