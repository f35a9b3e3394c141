package app.pli.identity.invite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Mode;
import com.google.zxing.qrcode.encoder.QRCode;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** QR codes of invitation tokens: PNG files, photos of them, terminal drawings, and images without one. */
class QrCodesTest {
    private static final String TOKEN = InvitationCodec.encode(Invitations.relay(21));
    private static final int MODULES = QrCodes.symbol(TOKEN).getMatrix().getWidth() + 2 * QrCodes.QUIET_ZONE_MODULES;

    @TempDir
    Path folder;

    @Test
    void symbolUsesLevelMInAlphanumericMode() {
        QRCode symbol = QrCodes.symbol(TOKEN);
        assertEquals(ErrorCorrectionLevel.M, symbol.getECLevel());
        assertEquals(Mode.ALPHANUMERIC, symbol.getMode());
        assertThrows(IllegalArgumentException.class, () -> QrCodes.symbol("pli1abc"));
        assertThrows(IllegalArgumentException.class, () -> QrCodes.symbol(""));
    }

    @Test
    void pngRoundTrip() throws Exception {
        Path png = folder.resolve("invite.png");
        QrCodes.writePng(TOKEN, png);
        assertEquals(TOKEN, QrCodes.read(png));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(MODULES * QrCodes.PNG_PIXELS_PER_MODULE, image.getWidth());
        assertEquals(image.getWidth(), image.getHeight());
        assertTrue(QrCodes.PNG_PIXELS_PER_MODULE >= 4);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(png)),
                "the image holds the one-time secret");
        assertEquals(List.of("invite.png"), Files.list(folder).map(p -> p.getFileName().toString()).toList(),
                "no temporary file is left behind");
    }

    /** Some data patterns fool the finder-pattern search; every clean PNG must still be read. */
    @Test
    void everyCleanPngIsRead() throws Exception {
        Path png = folder.resolve("invite.png");
        for (int seed = 0; seed < 300; seed++) {
            String token = InvitationCodec.encode(Invitations.relay(seed));
            QrCodes.writePng(token, png);
            assertEquals(token, QrCodes.read(png), "PNG of invitation " + seed);
        }
    }

    @Test
    void pngReplacesAnEarlierFile() throws Exception {
        Path png = folder.resolve("invite.png");
        Files.writeString(png, "old");
        QrCodes.writePng(TOKEN, png);
        assertEquals(TOKEN, QrCodes.read(png));
    }

    @Test
    void pngIntoAMissingFolderFailsClearly() {
        Path png = folder.resolve("missing/invite.png");
        QrImageException e = assertThrows(QrImageException.class, () -> QrCodes.writePng(TOKEN, png));
        assertEquals("cannot write " + png + ": no such folder", e.getMessage());
    }

    @ParameterizedTest(name = "rotated {0} degrees, scaled {1}, JPEG quality {2}")
    @CsvSource({"90, 0.75, 0.8", "17, 0.6, 0.5", "-33, 1.3, 0.3", "180, 0.5, 0.7"})
    void photographedCodeIsRead(double degrees, double scale, float quality) throws Exception {
        Path png = folder.resolve("invite.png");
        QrCodes.writePng(TOKEN, png);
        BufferedImage photo = TestImages.photographed(ImageIO.read(png.toFile()), degrees, scale);
        Path jpeg = folder.resolve("photo.jpg");
        TestImages.writeJpeg(photo, quality, jpeg);
        assertEquals(TOKEN, QrCodes.read(jpeg));
    }

    @Test
    void imageWithoutACode() throws Exception {
        Path picture = folder.resolve("holiday.png");
        TestImages.writePng(TestImages.withoutCode(), picture);
        InvalidInvitationException e = assertThrows(InvalidInvitationException.class, () -> QrCodes.read(picture));
        assertEquals("no QR code found in " + picture, e.getMessage());
    }

    @Test
    void missingUnreadableAndNonImageFilesFailClearly() throws Exception {
        Path missing = folder.resolve("nope.png");
        assertEquals("image " + missing + " does not exist",
                assertThrows(InvalidInvitationException.class, () -> QrCodes.read(missing)).getMessage());
        assertEquals("image " + folder + " is not a file",
                assertThrows(InvalidInvitationException.class, () -> QrCodes.read(folder)).getMessage());
        Path text = Files.writeString(folder.resolve("code.txt"), TOKEN);
        assertEquals("image " + text + " is not a PNG or JPEG image",
                assertThrows(InvalidInvitationException.class, () -> QrCodes.read(text)).getMessage());
        Path truncated = folder.resolve("truncated.png");
        QrCodes.writePng(TOKEN, truncated);
        byte[] bytes = Files.readAllBytes(truncated);
        Files.write(truncated, Arrays.copyOf(bytes, 60));
        InvalidInvitationException broken = assertThrows(InvalidInvitationException.class, () -> QrCodes.read(truncated));
        assertTrue(broken.getMessage().startsWith("cannot read image " + truncated + ": "), broken.getMessage());
        assertEquals(1, broken.getMessage().lines().count());
    }

    @Test
    void terminalDrawingHasTheRightShapeAndCharacters() {
        String drawing = QrCodes.terminal(TOKEN, TerminalColors.NONE);
        List<String> lines = drawing.lines().toList();
        assertTrue(drawing.endsWith("\n"));
        assertEquals((MODULES + 1) / 2, lines.size());
        for (String line : lines) {
            assertEquals(MODULES, line.length());
            assertTrue(line.chars().allMatch(c -> c == '\u2580' || c == '\u2584' || c == '\u2588' || c == ' '), line);
        }
        assertEquals("\u2588".repeat(MODULES), lines.get(0), "the quiet zone is drawn as blocks");
        assertEquals("\u2588".repeat(MODULES), lines.get(1));
        String last = lines.get(lines.size() - 1);
        assertEquals(MODULES % 2 == 1 ? "\u2580".repeat(MODULES) : "\u2588".repeat(MODULES), last);
    }

    @Test
    void ansiDrawingWrapsEveryLineInItsColours() {
        List<String> plain = QrCodes.terminal(TOKEN, TerminalColors.NONE).lines().toList();
        List<String> colored = QrCodes.terminal(TOKEN, TerminalColors.ANSI).lines().toList();
        assertEquals(plain.size(), colored.size());
        for (int i = 0; i < plain.size(); i++) {
            assertEquals("\u001b[40;37;1m" + plain.get(i) + "\u001b[0m", colored.get(i));
        }
    }

    @Test
    void terminalScreenshotIsReadOnDarkAndLightThemes() throws Exception {
        String drawing = QrCodes.terminal(TOKEN, TerminalColors.NONE);
        Path dark = folder.resolve("dark.png");
        TestImages.writePng(TestImages.screenshot(drawing, new Color(0xDD, 0xDD, 0xDD), new Color(0x1E, 0x1E, 0x1E)), dark);
        assertEquals(TOKEN, QrCodes.read(dark));
        Path light = folder.resolve("light.png");
        TestImages.writePng(TestImages.screenshot(drawing, new Color(0x22, 0x22, 0x22), Color.WHITE), light);
        assertEquals(TOKEN, QrCodes.read(light), "an inverted code is read too");
    }
}
