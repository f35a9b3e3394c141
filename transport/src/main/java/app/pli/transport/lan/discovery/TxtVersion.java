package app.pli.transport.lan.discovery;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a record's TXT data says about the discovery protocol version.
 *
 * <p>TXT data is a sequence of length-prefixed strings (RFC 6763 section 6). Only the first
 * {@code v=...} entry counts, and keys compare case-insensitively, as that RFC says. Data
 * that runs past its end is {@link #UNSUPPORTED}: it was not written by a Pli node.
 */
enum TxtVersion {
    /** No TXT data yet (JmDNS's first resolution often lacks it): ask for it. */
    ABSENT,
    /** {@code v=1}. */
    SUPPORTED,
    /** Another version, no version, or malformed data: ignore the record. */
    UNSUPPORTED;

    private static final String VERSION_PREFIX = LanConstants.TXT_VERSION_KEY + "=";

    /** The version {@code text} (JmDNS's raw TXT bytes; null or empty means none) declares. */
    static TxtVersion of(byte[] text) {
        if (text == null || text.length == 0 || (text.length == 1 && text[0] == 0)) {
            return ABSENT;
        }
        int offset = 0;
        while (offset < text.length) {
            int length = text[offset] & 0xff;
            offset++;
            if (length > text.length - offset) {
                return UNSUPPORTED;
            }
            String entry = new String(text, offset, length, StandardCharsets.UTF_8);
            offset += length;
            if (isVersionKey(entry)) {
                return entry.substring(VERSION_PREFIX.length()).equals(LanConstants.PROTOCOL_VERSION)
                        ? SUPPORTED : UNSUPPORTED;
            }
        }
        return UNSUPPORTED;
    }

    private static boolean isVersionKey(String entry) {
        return entry.length() >= VERSION_PREFIX.length()
                && entry.substring(0, VERSION_PREFIX.length()).toLowerCase(Locale.ROOT).equals(VERSION_PREFIX);
    }
}
