package app.pli.messenger.api;

import java.util.Objects;
import java.util.Optional;

/**
 * One file sent or received, as a UI shows it.
 *
 * @param id the file's local id, 16 hex digits (what {@code pli files save ID} takes)
 * @param messageId the id of the message carrying it
 * @param name the file's name (no folders)
 * @param size its size in bytes
 * @param from the sender's contact name for a received file; empty for one this profile sent
 * @param state {@code offered}, {@code downloading}, {@code complete} or {@code failed} for a
 *     received file; {@code uploading}, {@code uploaded} or {@code failed} for a sent one
 * @param progress the share of its blocks transferred, 0..1
 * @param reason why it failed, or why it waits (e.g. not enough disk space), if it does
 */
public record FileInfo(String id, String messageId, String name, long size, Optional<String> from, String state,
        double progress, Optional<String> reason) {
    public FileInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
    }
}
