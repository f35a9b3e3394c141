package app.pli.identity.invite;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * RFC 4648 base32 (alphabet {@code A-Z2-7}), upper case, without padding.
 *
 * <p>Decoding is strict and canonical: only upper-case alphabet characters, a length that an
 * encoder can produce (0, 2, 4, 5 or 7 characters in the last group of eight) and zero
 * bits after the last byte. So every byte string has exactly one text form, and changing
 * any one character changes the decoded bytes or fails.
 */
final class Base32 {
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final int BITS_PER_CHAR = 5;
    private static final int CHAR_MASK = 0x1F;

    private Base32() {}

    static String encode(byte[] data) {
        StringBuilder out = new StringBuilder((data.length * 8 + BITS_PER_CHAR - 1) / BITS_PER_CHAR);
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= BITS_PER_CHAR) {
                bits -= BITS_PER_CHAR;
                out.append(ALPHABET[(buffer >>> bits) & CHAR_MASK]);
            }
        }
        if (bits > 0) {
            out.append(ALPHABET[(buffer << (BITS_PER_CHAR - bits)) & CHAR_MASK]);
        }
        return out.toString();
    }

    /** The bytes {@code text} encodes, or empty if it is not canonical base32. */
    static Optional<byte[]> decode(CharSequence text) {
        int remainder = text.length() % 8;
        if (remainder == 1 || remainder == 3 || remainder == 6) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * BITS_PER_CHAR / 8);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < text.length(); i++) {
            int value = valueOf(text.charAt(i));
            if (value < 0) {
                return Optional.empty();
            }
            buffer = (buffer << BITS_PER_CHAR) | value;
            bits += BITS_PER_CHAR;
            if (bits >= 8) {
                bits -= 8;
                out.write((buffer >>> bits) & 0xFF);
            }
        }
        if ((buffer & ((1 << bits) - 1)) != 0) {
            return Optional.empty(); // non-zero padding bits: not the canonical encoding
        }
        return Optional.of(out.toByteArray());
    }

    private static int valueOf(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= '2' && c <= '7') {
            return c - '2' + 26;
        }
        return -1;
    }
}
