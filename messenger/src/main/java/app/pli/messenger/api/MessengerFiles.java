package app.pli.messenger.api;

import app.pli.core.error.PliException;
import java.nio.file.Path;
import java.util.List;

/**
 * The files of one open profile: sending files with a message, listing the files received,
 * fetching and saving them. Files travel as encrypted blocks in one-time file mailboxes on
 * the sender's relay, padded to a size bucket; the message carries their keys.
 */
public interface MessengerFiles {
    /** Files up to this size download without being asked unless the profile says otherwise: 16 MiB. */
    long DEFAULT_AUTO_DOWNLOAD_BYTES = 16L << 20;

    /**
     * Encrypts {@code files} into the profile and records a message to the contact that waits
     * for them; if the relay answers, creates their file mailboxes, queues the message (the
     * contact reads while the blocks go up) and uploads them, else the daemon or a sync does.
     * {@code text} may be empty.
     *
     * @throws PliException with a one-line reason for a missing, unreadable or too large
     *     file, a directory, an unknown contact, or a contact without a session
     */
    MessageInfo send(String contact, String text, List<Path> files, FileProgress progress) throws PliException;

    /** As {@link #send}, to every member of a group: the files are uploaded once for all of them. */
    MessageInfo sendToGroup(String group, String text, List<Path> files, FileProgress progress) throws PliException;

    /** Received files ({@code sent} false) or sent ones, newest first. */
    List<FileInfo> list(boolean sent) throws PliException;

    /** Downloads a received file now (by id or unique prefix), whatever its size; returns where it stands. */
    FileInfo get(String id, FileProgress progress) throws PliException;

    /**
     * Writes a complete file's plaintext to {@code to} (a folder: under the file's own name
     * there; null: the current folder), checking its hash again; never over an existing file
     * unless {@code force}. Returns the path written.
     */
    Path save(String id, Path to, boolean force) throws PliException;

    /** Files up to this many bytes download as soon as they are offered. */
    long autoDownloadLimit() throws PliException;

    /** Sets {@link #autoDownloadLimit()} (0: nothing downloads without {@link #get}). */
    void setAutoDownloadLimit(long bytes) throws PliException;

    /** Runs what waits once (unfinished uploads, wanted downloads); how many transfers finished. */
    int transferPending(FileProgress progress) throws PliException;
}
