package app.pli.messenger.envelope;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A file a text carries: what the receiver needs to fetch, open and check it. Everything
 * here travels only inside the ratchet; the relay sees the file's blocks, never this.
 *
 * @param fileId 16 random bytes naming the file
 * @param name the file's name (no folders), 1..255 bytes of UTF-8
 * @param size its exact size in bytes, at most 1 GiB
 * @param sha256 the SHA-256 of its plaintext, checked before it is shown complete
 * @param secret 32 random bytes from which its block key and block ids derive
 * @param relay the relay address its blocks wait at (empty: only over a LAN link)
 * @param segments the one-time file mailboxes holding its blocks, in order (empty with no relay)
 */
public record FileRef(byte[] fileId, String name, long size, byte[] sha256, byte[] secret, String relay,
        List<Segment> segments) {
    /** Bytes of a file id. */
    public static final int FILE_ID_BYTES = 16;
    /** Longest file name in UTF-8 bytes. */
    public static final int MAX_NAME_BYTES = 255;
    /** Longest relay address token. */
    public static final int MAX_RELAY_CHARS = 300;
    /** Most segments of one file (1 GiB, padded, in 8,192-block mailboxes). */
    public static final int MAX_SEGMENTS = 64;

    /**
     * One file mailbox: its fetch id and the seed of its owner key, with which any holder of
     * this reference proves it may read.
     */
    public record Segment(byte[] fetchId, byte[] mailboxKeySeed) {
        public Segment {
            Objects.requireNonNull(fetchId, "fetchId");
            Objects.requireNonNull(mailboxKeySeed, "mailboxKeySeed");
            if (fetchId.length != 16 || mailboxKeySeed.length != 32) {
                throw new IllegalArgumentException("a segment is a 16-byte fetch id and a 32-byte key seed");
            }
            fetchId = fetchId.clone();
            mailboxKeySeed = mailboxKeySeed.clone();
        }

        @Override
        public byte[] fetchId() {
            return fetchId.clone();
        }

        @Override
        public byte[] mailboxKeySeed() {
            return mailboxKeySeed.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Segment s && java.util.Arrays.equals(fetchId, s.fetchId)
                    && java.util.Arrays.equals(mailboxKeySeed, s.mailboxKeySeed);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(fetchId);
        }

        @Override
        public String toString() {
            return "Segment[redacted]";
        }
    }

    public FileRef {
        Objects.requireNonNull(fileId, "fileId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(relay, "relay");
        Objects.requireNonNull(segments, "segments");
        if (fileId.length != FILE_ID_BYTES || sha256.length != 32 || secret.length != 32) {
            throw new IllegalArgumentException("a file reference has a 16-byte id, a 32-byte hash and a 32-byte secret");
        }
        int nameBytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (nameBytes < 1 || nameBytes > MAX_NAME_BYTES || name.contains("/") || name.contains("\\")
                || name.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f) || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("a file name is 1.." + MAX_NAME_BYTES
                    + " bytes without folders or control characters");
        }
        if (size < 0 || size > (1L << 30)) {
            throw new IllegalArgumentException("a file is 0..1 GiB");
        }
        if (relay.length() > MAX_RELAY_CHARS || segments.size() > MAX_SEGMENTS) {
            throw new IllegalArgumentException("a file reference names at most " + MAX_SEGMENTS + " segments");
        }
        for (Segment segment : segments) {
            Objects.requireNonNull(segment, "segment");
        }
        fileId = fileId.clone();
        sha256 = sha256.clone();
        secret = secret.clone();
        segments = List.copyOf(segments);
    }

    @Override
    public byte[] fileId() {
        return fileId.clone();
    }

    @Override
    public byte[] sha256() {
        return sha256.clone();
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    /** The same reference with the file mailboxes its upload created. */
    public FileRef uploadedTo(String relayAddress, List<Segment> uploaded) {
        return new FileRef(fileId, name, size, sha256, secret, relayAddress, uploaded);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileRef f && java.util.Arrays.equals(fileId, f.fileId) && name.equals(f.name)
                && size == f.size && java.util.Arrays.equals(sha256, f.sha256)
                && java.util.Arrays.equals(secret, f.secret) && relay.equals(f.relay)
                && segments.equals(f.segments);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(fileId);
    }

    @Override
    public String toString() {
        return "FileRef[" + size + " bytes, " + segments.size() + " segments]";
    }
}
