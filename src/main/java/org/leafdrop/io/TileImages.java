package org.leafdrop.io;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.leafdrop.render.RasterImage;

/** Decodes tile bytes (PNG, JPEG, GIF: what ImageIO reads) into a {@link RasterImage}. Stateless. */
final class TileImages {
    private TileImages() {
    }

    /**
     * @throws IOException when the bytes are not an image ImageIO can read; the message says what
     *                     the bytes look like instead
     */
    static RasterImage decode(byte[] bytes) throws IOException {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new IOException("a broken image (" + e.getMessage() + ")", e);
        }
        if (image == null) {
            throw new IOException("not an image this program can decode (" + sniff(bytes) + ")");
        }
        int w = image.getWidth();
        int h = image.getHeight();
        return new RasterImage(w, h, image.getRGB(0, 0, w, h, null, 0, w));
    }

    /** What the first bytes say the data is: png, jpg, gif, webp, gzip (a vector tile, usually), or unknown. */
    static String sniff(byte[] b) {
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "png";
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "jpg";
        }
        if (b.length >= 4 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return "gif";
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return "webp";
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) {
            return "gzip";
        }
        return "unknown";
    }
}
