package app.pli.identity.invite;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Finds and decodes the QR code in a photo or screenshot (PNG, JPEG, or any format the JDK
 * reads).
 *
 * <p>Each image is tried with ZXing's hybrid (local threshold) binarizer, which copes with
 * uneven light in photos, then with the global histogram one, each on the image and on its
 * inverse, because a screenshot of a terminal QR code with a light theme is an inverted
 * code. Invariant: memory stays bounded whatever the file claims: files over
 * {@value #MAX_FILE_BYTES} bytes and images over {@value #MAX_IMAGE_PIXELS} pixels are
 * refused, and large images are subsampled to at most {@value #MAX_DECODED_PIXELS} pixels
 * while they are read.
 */
final class QrImageReader {
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    static final long MAX_IMAGE_PIXELS = 400_000_000L;
    static final long MAX_DECODED_PIXELS = 12_000_000L;

    /**
     * The finder-pattern search first (photos, screenshots with other content); then the
     * pure-symbol reading, which takes a lone upright symbol as it is. The search alone
     * misses about one clean PNG in sixty, where the data modules mimic a finder pattern.
     */
    private static final List<Map<DecodeHintType, Object>> HINT_SETS = List.of(
            Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE),
            Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE, DecodeHintType.PURE_BARCODE, Boolean.TRUE));

    private QrImageReader() {}

    /** The text of the first QR code found in {@code image}. */
    static String read(Path image) throws InvalidInvitationException {
        LuminanceSource source = new BufferedImageLuminanceSource(load(image));
        for (LuminanceSource candidate : List.of(source, source.invert())) {
            for (BinaryBitmap bitmap : List.of(new BinaryBitmap(new HybridBinarizer(candidate)),
                    new BinaryBitmap(new GlobalHistogramBinarizer(candidate)))) {
                Optional<String> text = decode(bitmap);
                if (text.isPresent()) {
                    return text.get();
                }
            }
        }
        throw InvalidInvitationException.noQrCode(image);
    }

    private static Optional<String> decode(BinaryBitmap bitmap) {
        for (Map<DecodeHintType, Object> hints : HINT_SETS) {
            try {
                return Optional.of(new QRCodeReader().decode(bitmap, hints).getText());
            } catch (ReaderException e) {
                // Not found, or found but unreadable: try the next way.
            }
        }
        return Optional.empty();
    }

    private static BufferedImage load(Path image) throws InvalidInvitationException {
        requireReadableFile(image);
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new InvalidInvitationException("image " + image + " is not a PNG or JPEG image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return reader.read(0, boundedReadParam(reader, image));
            } finally {
                reader.dispose();
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInvitationException("cannot read image " + image + ": " + firstLine(e), e);
        }
    }

    /** Read parameters that subsample a large image so it decodes to at most MAX_DECODED_PIXELS. */
    private static ImageReadParam boundedReadParam(ImageReader reader, Path image)
            throws IOException, InvalidInvitationException {
        long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
        if (pixels > MAX_IMAGE_PIXELS) {
            throw new InvalidInvitationException("image " + image + " is too large ("
                    + reader.getWidth(0) + " x " + reader.getHeight(0) + " pixels)");
        }
        ImageReadParam param = reader.getDefaultReadParam();
        int step = (int) Math.ceil(Math.sqrt((double) pixels / MAX_DECODED_PIXELS));
        if (step > 1) {
            param.setSourceSubsampling(step, step, 0, 0);
        }
        return param;
    }

    private static void requireReadableFile(Path image) throws InvalidInvitationException {
        if (!Files.exists(image)) {
            throw new InvalidInvitationException("image " + image + " does not exist");
        }
        if (!Files.isRegularFile(image)) {
            throw new InvalidInvitationException("image " + image + " is not a file");
        }
        if (!Files.isReadable(image)) {
            throw new InvalidInvitationException("image " + image + " cannot be read: permission denied");
        }
        try {
            if (Files.size(image) > MAX_FILE_BYTES) {
                throw new InvalidInvitationException("image " + image + " is too large (over "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MiB)");
            }
        } catch (IOException e) {
            throw new InvalidInvitationException("cannot read image " + image + ": " + firstLine(e), e);
        }
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank()
                ? e.getClass().getSimpleName()
                : message.lines().findFirst().orElse(message);
    }
}
