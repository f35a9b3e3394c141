package app.pli.core.vault;

import app.pli.core.crypto.ConstantTime;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A passphrase held as UTF-8 bytes that can be wiped, so it does not linger in memory the
 * way an immutable {@link String} would.
 *
 * <p>Invariants: the factories copy their input (the caller wipes its own array, for example
 * the one {@code Console.readPassword} returned); {@link #close} overwrites the bytes with
 * zeros, after which the passphrase cannot be used; {@code toString} never shows it. The
 * bytes are taken as given: no trimming and no Unicode normalisation, so the caller strips
 * a trailing newline read from a file.
 */
public final class Passphrase implements AutoCloseable {
    private final byte[] utf8;
    private boolean wiped;

    private Passphrase(byte[] utf8) {
        this.utf8 = utf8;
    }

    /**
     * The passphrase typed as {@code chars}, encoded as UTF-8 without passing through a
     * {@link String}.
     *
     * @throws IllegalArgumentException if {@code chars} holds an unpaired surrogate
     */
    public static Passphrase fromChars(char[] chars) {
        Objects.requireNonNull(chars, "chars");
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer encoded;
        try {
            encoded = encoder.encode(CharBuffer.wrap(chars));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("passphrase is not valid Unicode text", e);
        }
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return new Passphrase(bytes);
    }

    /** The passphrase whose UTF-8 (or raw) bytes are {@code utf8}, as read from a file. */
    public static Passphrase fromUtf8(byte[] utf8) {
        return new Passphrase(Objects.requireNonNull(utf8, "utf8").clone());
    }

    /**
     * The passphrase {@code text}, for sources that only offer a {@link String} (an
     * environment variable); the string itself cannot be wiped.
     */
    public static Passphrase fromString(String text) {
        return new Passphrase(Objects.requireNonNull(text, "text").getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the passphrase has no bytes at all. */
    public boolean isEmpty() {
        return bytes().length == 0;
    }

    /** Whether {@code other} is the same passphrase (compared in constant time), as when asked twice. */
    public boolean sameAs(Passphrase other) {
        return ConstantTime.equals(bytes(), Objects.requireNonNull(other, "other").bytes());
    }

    /** The bytes themselves, without a copy, for this package's key derivation. */
    byte[] bytes() {
        if (wiped) {
            throw new IllegalStateException("passphrase was already wiped");
        }
        return utf8;
    }

    /** Overwrites the passphrase with zeros; idempotent. */
    @Override
    public void close() {
        Arrays.fill(utf8, (byte) 0);
        wiped = true;
    }

    @Override
    public String toString() {
        return "Passphrase[redacted]";
    }
}
