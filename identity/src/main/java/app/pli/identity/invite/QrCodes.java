package app.pli.identity.invite;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Objects;

/**
 * QR codes of invitation tokens: drawn in a terminal, written as PNG, read back from a
 * photo or screenshot.
 *
 * <p>Invariants: a symbol uses error correction level M and the alphanumeric mode (tokens
 * are upper-case base32, so only {@code 0-9 A-Z} are accepted), with a quiet zone of
 * {@value #QUIET_ZONE_MODULES} modules; a PNG has {@value #PNG_PIXELS_PER_MODULE} pixels
 * per module. See {@link TerminalQr} for how the terminal drawing stays readable on dark
 * and light themes.
 */
public final class QrCodes {
    public static final int QUIET_ZONE_MODULES = 4;
    public static final int PNG_PIXELS_PER_MODULE = 8;

    private static final Map<EncodeHintType, Object> NO_HINTS = Map.of();

    private QrCodes() {}

    /**
     * {@code token} as lines of {@code ▀ ▄ █} and spaces (plus colour codes with
     * {@link TerminalColors#ANSI}), each ending with a newline.
     */
    public static String terminal(String token, TerminalColors colors) {
        Objects.requireNonNull(colors, "colors");
        return TerminalQr.render(symbol(token).getMatrix(), QUIET_ZONE_MODULES, colors);
    }

    /**
     * Writes {@code token} to {@code file} as a PNG image, replacing the file atomically. The
     * image holds the invitation's one-time secret, so it is created readable by its owner only.
     *
     * @throws QrImageException if the file cannot be written
     */
    public static void writePng(String token, Path file) throws QrImageException {
        Objects.requireNonNull(file, "file");
        BitMatrix pixels = scaled(symbol(token).getMatrix(), QUIET_ZONE_MODULES, PNG_PIXELS_PER_MODULE);
        Path folder = file.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            // A temporary file is created owner-only; writing through a stream keeps that
            // (ImageIO would delete and re-create it with the default permissions).
            temporary = Files.createTempFile(folder, ".pli-invite-", ".png.tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                MatrixToImageWriter.writeToStream(pixels, "PNG", out);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(temporary, e);
            throw new QrImageException("cannot write " + file + ": " + describe(e), e);
        }
    }

    /**
     * The text of the QR code in the PNG or JPEG photo or screenshot at {@code image}.
     *
     * @throws InvalidInvitationException "no QR code found in FILE", or a message saying the
     *     file is missing, unreadable, too large or not an image
     */
    public static String read(Path image) throws InvalidInvitationException {
        return QrImageReader.read(Objects.requireNonNull(image, "image"));
    }

    /** The QR symbol of {@code token}, level M. */
    static QRCode symbol(String token) {
        Objects.requireNonNull(token, "token");
        if (token.isEmpty() || !token.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
            throw new IllegalArgumentException("a QR token must be non-empty upper-case letters and digits");
        }
        try {
            return Encoder.encode(token, ErrorCorrectionLevel.M, NO_HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("token too long for a QR code: " + token.length() + " characters", e);
        }
    }

    /** Dark modules as {@code scale x scale} squares, inside a light quiet zone. */
    private static BitMatrix scaled(ByteMatrix symbol, int quietZone, int scale) {
        int modules = symbol.getWidth() + 2 * quietZone;
        BitMatrix pixels = new BitMatrix(modules * scale);
        for (int y = 0; y < symbol.getHeight(); y++) {
            for (int x = 0; x < symbol.getWidth(); x++) {
                if (symbol.get(x, y) == 1) {
                    pixels.setRegion((x + quietZone) * scale, (y + quietZone) * scale, scale, scale);
                }
            }
        }
        return pixels;
    }

    private static void deleteQuietly(Path temporary, IOException failure) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }
}
