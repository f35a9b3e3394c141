package app.pli.messenger.api;

import java.util.List;

/**
 * Hears how a transfer goes, for progress bars. Called on the transferring thread; keep
 * each call short. Byte counts are of the file's own bytes (padding blocks not counted).
 */
public interface FileProgress {
    /** Hears nothing. */
    FileProgress NONE = new FileProgress() { };

    /** A message with files was recorded under {@code messageId}; its uploads start next. */
    default void recorded(String messageId, List<FileInfo> files) { }

    /** {@code file} has {@code bytesDone} of its {@code file.size()} bytes transferred. */
    default void progressed(FileInfo file, long bytesDone) { }

    /** {@code file}'s transfer stopped: complete, failed, or left for later (its state says which). */
    default void stopped(FileInfo file) { }
}
