package app.pli.transport.relay.wire;

import java.util.List;
import java.util.Objects;

/**
 * The checks every frame record runs in its canonical constructor. The codec builds decoded
 * frames through that constructor, so a frame that breaks a rule never reaches a handler;
 * the decoder reports it as malformed.
 */
final class FieldRules {
    private FieldRules() {}

    static byte[] exactly(byte[] value, int length, String field) {
        Objects.requireNonNull(value, field);
        if (value.length != length) {
            throw new IllegalArgumentException(field + " must be " + length + " bytes");
        }
        return value;
    }

    /** Either empty (absent) or exactly {@code length} bytes. */
    static byte[] emptyOr(byte[] value, int length, String field) {
        Objects.requireNonNull(value, field);
        if (value.length != 0 && value.length != length) {
            throw new IllegalArgumentException(field + " must be empty or " + length + " bytes");
        }
        return value;
    }

    static long requestId(long requestId) {
        if (requestId <= 0) {
            throw new IllegalArgumentException("a request id must be positive");
        }
        return requestId;
    }

    static <T> List<T> listOf(List<T> values, int min, int max, String field) {
        Objects.requireNonNull(values, field);
        if (values.size() < min || values.size() > max) {
            throw new IllegalArgumentException(field + " must hold " + min + " to " + max + " entries");
        }
        for (T value : values) {
            Objects.requireNonNull(value, field + " entry");
        }
        return List.copyOf(values);
    }

    static String shortAscii(String value, int maxChars, String field) {
        Objects.requireNonNull(value, field);
        if (value.length() > maxChars) {
            throw new IllegalArgumentException(field + " is longer than " + maxChars + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < ' ' || c > '~') {
                throw new IllegalArgumentException(field + " must be printable ASCII");
            }
        }
        return value;
    }
}
