package org.leafdrop.report;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.leafdrop.io.AtomicFiles;
import org.leafdrop.planning.CampaignReplay;
import org.leafdrop.render.Java2dCanvas;
import org.leafdrop.render.MapPainter;
import org.leafdrop.render.MapView;
import org.leafdrop.render.ReplayPainter;
import org.leafdrop.sim.CancelledException;
import org.leafdrop.sim.ProgressMonitor;

/**
 * A replay as an animation: a numbered sequence of PNG frames in a folder, or one animated GIF
 * (the JDK's own GIF writer, looping). Frames are chosen evenly over the replay's active frames and
 * painted by {@link ReplayPainter} on a view that fits the whole campaign, so every frame shows the
 * same area. Files are written atomically; a frame folder must be new or empty, so no file of the
 * user's is overwritten.
 */
public final class ReplayAnimation {
    public static final int DEFAULT_FRAMES = 120;
    public static final int MAX_FRAMES = 5000;
    public static final int DEFAULT_PNG_WIDTH_PX = 1280;
    public static final int DEFAULT_PNG_HEIGHT_PX = 900;
    public static final int DEFAULT_GIF_WIDTH_PX = 800;
    public static final int DEFAULT_GIF_HEIGHT_PX = 600;
    /** Time each GIF frame shows (hundredths of a second). */
    public static final int GIF_DELAY_CS = 10;

    private ReplayAnimation() {
    }

    /**
     * The active frames to show for at most {@code frames} pictures: evenly spaced, always the
     * first and the last (the finished pattern).
     */
    public static int[] choose(CampaignReplay replay, int frames) {
        int available = replay.activeFrameCount();
        if (frames < 1) {
            throw new IllegalArgumentException("frames must be at least 1, was " + frames);
        }
        int n = Math.min(frames, available);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = n == 1 ? available - 1 : (int) Math.round((double) i * (available - 1) / (n - 1));
        }
        return out;
    }

    /** The view every frame uses: the whole plan, its tracks and its landing ellipses. */
    public static MapView view(CampaignReplay replay, int widthPx, int heightPx) {
        MapPainter.Scene whole = new MapPainter.Scene(replay.plan(), replay.simulated().scenario().frame(),
                Optional.of(replay.result()), Optional.empty());
        return MapPainter.fit(whole, widthPx, heightPx);
    }

    /** One picture of active frame k. */
    public static BufferedImage render(CampaignReplay replay, int k, MapView view) {
        BufferedImage image = new BufferedImage(view.widthPx(), view.heightPx(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            ReplayPainter.paintMoment(new Java2dCanvas(g), view, replay.moment(k));
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Writes {@code frame-0001.png}, {@code frame-0002.png}, ... into {@code folder} (created if
     * missing; it must be empty).
     *
     * @return the files written, in order
     * @throws IOException when the folder is not empty or cannot be written
     */
    public static List<Path> writePngFrames(CampaignReplay replay, Path folder, int frames, int widthPx, int heightPx,
                                            ProgressMonitor monitor) throws IOException {
        checkFolder(folder);
        Files.createDirectories(folder);
        int[] chosen = choose(replay, frames);
        MapView view = view(replay, widthPx, heightPx);
        List<Path> written = new ArrayList<>();
        monitor.begin("Writing " + chosen.length + " frames", chosen.length);
        try {
            for (int i = 0; i < chosen.length; i++) {
                if (monitor.isCancelled()) {
                    throw new CancelledException();
                }
                BufferedImage image = render(replay, chosen[i], view);
                Path file = folder.resolve(String.format(Locale.ROOT, "frame-%04d.png", i + 1));
                AtomicFiles.write(file, out -> {
                    if (!ImageIO.write(image, "png", out)) {
                        throw new IOException("no PNG writer in this Java");
                    }
                });
                written.add(file);
                monitor.worked(1);
            }
        } finally {
            monitor.done();
        }
        return written;
    }

    /** A frame folder must be new, or an empty folder. */
    public static void checkFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + ": is a file, not a folder; choose a new or empty folder for the frames");
        }
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isPresent()) {
                throw new IOException(folder + ": is not empty; choose a new or empty folder for the frames "
                        + "(no file in it is overwritten)");
            }
        }
    }

    /** Writes an animated GIF that loops, {@link #GIF_DELAY_CS} hundredths of a second per frame. */
    public static void writeGif(CampaignReplay replay, Path target, int frames, int widthPx, int heightPx,
                                ProgressMonitor monitor) throws IOException {
        int[] chosen = choose(replay, frames);
        MapView view = view(replay, widthPx, heightPx);
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException("no GIF writer in this Java");
        }
        ImageWriter writer = writers.next();
        monitor.begin("Writing an animation of " + chosen.length + " frames", chosen.length);
        try {
            AtomicFiles.write(target, out -> {
                try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
                    writer.setOutput(ios);
                    writer.prepareWriteSequence(null);
                    for (int i = 0; i < chosen.length; i++) {
                        if (monitor.isCancelled()) {
                            throw new CancelledException();
                        }
                        BufferedImage image = render(replay, chosen[i], view);
                        ImageWriteParam param = writer.getDefaultWriteParam();
                        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                                param);
                        // the last frame (the finished pattern) stays up longer
                        frameMetadata(meta, i == chosen.length - 1 ? 20 * GIF_DELAY_CS : GIF_DELAY_CS, i == 0);
                        writer.writeToSequence(new IIOImage(image, null, meta), param);
                        monitor.worked(1);
                    }
                    writer.endWriteSequence();
                }
            });
        } finally {
            writer.dispose();
            monitor.done();
        }
    }

    /** Sets a frame's delay and, on the first frame, the NETSCAPE2.0 extension that makes it loop. */
    private static void frameMetadata(IIOMetadata meta, int delayCs, boolean first) throws IIOInvalidTreeException {
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCs));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[] {1, 0, 0}); // loop for ever
            apps.appendChild(app);
        }
        meta.setFromTree(format, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
