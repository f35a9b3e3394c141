package app.pli.identity.invite;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Images a person might hand to {@code accept --qr}: photos, screenshots, and images with no code. */
final class TestImages {
    private TestImages() {}

    /** {@code source} scaled, rotated about its centre, on a larger grey-white canvas like a photo. */
    static BufferedImage photographed(BufferedImage source, double degrees, double scale) {
        int side = (int) (Math.max(source.getWidth(), source.getHeight()) * scale * 1.6);
        BufferedImage photo = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(new Color(0xE8, 0xE4, 0xDC));
        g.fillRect(0, 0, side, side);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        AffineTransform transform = new AffineTransform();
        transform.translate(side / 2.0, side / 2.0);
        transform.rotate(Math.toRadians(degrees));
        transform.scale(scale, scale);
        transform.translate(-source.getWidth() / 2.0, -source.getHeight() / 2.0);
        g.drawImage(source, transform, null);
        g.dispose();
        return photo;
    }

    /** Draws terminal text (the half-block characters) as a terminal with these colours would. */
    static BufferedImage screenshot(String text, Color foreground, Color background) {
        List<String> lines = text.lines().toList();
        int cellWidth = 6;
        int halfHeight = 6;
        int border = 30;
        int width = lines.get(0).length() * cellWidth + 2 * border;
        int height = lines.size() * 2 * halfHeight + 2 * border;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(background);
        g.fillRect(0, 0, width, height);
        g.setColor(foreground);
        for (int row = 0; row < lines.size(); row++) {
            String line = lines.get(row);
            for (int column = 0; column < line.length(); column++) {
                char c = line.charAt(column);
                int x = border + column * cellWidth;
                int y = border + row * 2 * halfHeight;
                if (c == TerminalQr.FULL || c == TerminalQr.UPPER) {
                    g.fillRect(x, y, cellWidth, halfHeight);
                }
                if (c == TerminalQr.FULL || c == TerminalQr.LOWER) {
                    g.fillRect(x, y + halfHeight, cellWidth, halfHeight);
                }
            }
        }
        g.dispose();
        return image;
    }

    /** A picture with shapes and a gradient but no QR code. */
    static BufferedImage withoutCode() {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        for (int x = 0; x < 400; x++) {
            g.setColor(new Color(x * 255 / 400, 120, 255 - x * 255 / 400));
            g.drawLine(x, 0, x, 300);
        }
        g.setColor(Color.BLACK);
        g.fillRect(40, 40, 60, 60);
        g.fillOval(200, 100, 120, 80);
        g.dispose();
        return image;
    }

    static void writeJpeg(BufferedImage image, float quality, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    static void writePng(BufferedImage image, Path file) throws IOException {
        ImageIO.write(image, "png", file.toFile());
    }
}
