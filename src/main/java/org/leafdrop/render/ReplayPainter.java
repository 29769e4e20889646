package org.leafdrop.render;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.leafdrop.coverage.DensityGrid;
import org.leafdrop.geo.LocalFrame;
import org.leafdrop.model.Plan;

/**
 * Paints a moment of a campaign replay: the leaflet clouds aloft (one dot per traced particle,
 * coloured by height above the ground) over the density built up on the ground so far, with the
 * clock and a legend for exported frames. Pure painting through {@link MapCanvas}: the window
 * and the PNG/GIF export draw the same pictures.
 */
public final class ReplayPainter {
    /** Heights (m AGL) of the colour ramp's stops, low to high. */
    static final double[] HEIGHT_STOPS_M = {0, 250, 500, 1000, 2000, 4000};
    /** Dot colours at those heights: dark violet near the ground to pale blue high up. */
    static final int[] HEIGHT_COLOURS = {0xFF4A148C, 0xFF6A1B9A, 0xFF3949AB, 0xFF1E88E5, 0xFF29B6F6, 0xFF80DEEA};
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    /**
     * The particles of one sortie aloft at a moment: east, north and height MSL (m, local frame)
     * one after another for {@code count} particles.
     */
    public record Cloud(String sortieId, float[] xyz, int count) {
        public Cloud {
            if (count < 0 || 3 * count > xyz.length) {
                throw new IllegalArgumentException("count must fit the positions");
            }
        }
    }

    /**
     * One moment of a replay, all a frame shows.
     *
     * @param timeS          the moment (absolute s)
     * @param startS         the campaign's first release (absolute s), for the elapsed time
     * @param density        the density landed so far, if any has
     * @param landedLeaflets leaflets on the ground so far
     * @param aloftLeaflets  leaflets in the air now
     * @param releasing      ids of the sorties releasing now
     */
    public record Moment(Plan plan, LocalFrame frame, double timeS, double startS, Optional<DensityGrid> density,
                         List<Cloud> clouds, long landedLeaflets, long aloftLeaflets, List<String> releasing) {
        public Moment {
            clouds = List.copyOf(clouds);
            releasing = List.copyOf(releasing);
        }

        /** The moment as the map painter's scene: the plan with the density so far and no result. */
        public MapPainter.Scene scene() {
            return new MapPainter.Scene(plan, frame, Optional.empty(), density);
        }
    }

    private ReplayPainter() {
    }

    /** The clouds: a dot per traced particle, higher ones drawn paler and first. */
    public static void paintClouds(MapCanvas c, MapView v, LocalFrame frame, double groundMslM, List<Cloud> clouds) {
        for (int band = HEIGHT_STOPS_M.length - 1; band >= 0; band--) {
            double lo = HEIGHT_STOPS_M[band];
            double hi = band + 1 < HEIGHT_STOPS_M.length ? HEIGHT_STOPS_M[band + 1] : Double.POSITIVE_INFINITY;
            int colour = (HEIGHT_COLOURS[band] & 0x00FFFFFF) | 0xC0000000;
            for (Cloud cloud : clouds) {
                float[] p = cloud.xyz();
                for (int i = 0; i < cloud.count(); i++) {
                    double agl = p[3 * i + 2] - groundMslM;
                    if (agl < lo || agl >= hi) {
                        continue;
                    }
                    double[] ll = frame.toLonLat(p[3 * i], p[3 * i + 1]);
                    double[] px = v.toPixel(ll[0], ll[1]);
                    if (px[0] < -4 || px[1] < -4 || px[0] > v.widthPx() + 4 || px[1] > v.heightPx() + 4) {
                        continue;
                    }
                    c.fillCircle(px[0], px[1], 1.8, colour);
                }
            }
        }
    }

    /** A whole frame, as the animation export shows it: the map's layers, the clouds, the clock and a legend. */
    public static void paintMoment(MapCanvas c, MapView v, Moment m) {
        MapPainter.Scene scene = m.scene();
        List<double[]> placed = new ArrayList<>();
        BaseMapPainter.paint(c, v, BaseMap.bundled());
        MapPainter.paintGraticule(c, v);
        MapPainter.paintDensity(c, v, scene);
        MapPainter.paintTargets(c, v, m.plan(), Optional.empty());
        MapPainter.paintExclusions(c, v, m.plan());
        MapPainter.paintContours(c, v, scene);
        MapPainter.paintTracks(c, v, m.plan(), placed);
        paintClouds(c, v, m.frame(), m.plan().groundElevationMslM(), m.clouds());
        MapPainter.paintAreaLabels(c, v, m.plan(), Optional.empty(), placed);
        paintClock(c, v, m);
        paintLegend(c, v);
        MapPainter.paintScaleBar(c, v);
        MapPainter.paintNorthArrow(c, v);
    }

    /** The moment's date and time, time since the first release, and leaflets landed and aloft. */
    public static void paintClock(MapCanvas c, MapView v, Moment m) {
        String clock = CLOCK.format(Instant.ofEpochMilli(Math.round(m.timeS() * 1000)));
        String line2 = String.format(Locale.ROOT, "%s after the first release; %,d leaflets landed, %,d in the air%s",
                elapsed(m.timeS() - m.startS()), m.landedLeaflets(), m.aloftLeaflets(),
                m.releasing().isEmpty() ? "" : "; releasing: " + String.join(", ", m.releasing()));
        double w = Math.max(c.textWidth(m.plan().name() + "  " + clock, 16, true), c.textWidth(line2, 12, false));
        c.fillRings(List.<double[][]>of(MapPainter.rect(10, 10, w + 20, 50)), 0xE6FFFFFF);
        c.text(m.plan().name() + "  " + clock, 20, 32, 16, MapPainter.INK, true);
        c.text(line2, 20, 50, 12, 0xFF555555, false);
    }

    /** "+1 h 05 min", "+12 min 30 s". */
    public static String elapsed(double seconds) {
        long s = Math.round(Math.abs(seconds));
        String sign = seconds < 0 ? "-" : "+";
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%s%d h %02d min", sign, s / 3600, (s % 3600) / 60);
        }
        return String.format(Locale.ROOT, "%s%d min %02d s", sign, s / 60, s % 60);
    }

    private static void paintLegend(MapCanvas c, MapView v) {
        List<MapPainter.LegendRow> rows = new ArrayList<>();
        for (int i = HEIGHT_STOPS_M.length - 1; i >= 0; i--) {
            String range = i + 1 < HEIGHT_STOPS_M.length
                    ? String.format(Locale.ROOT, "%,.0f-%,.0f m", HEIGHT_STOPS_M[i], HEIGHT_STOPS_M[i + 1])
                    : String.format(Locale.ROOT, "above %,.0f m", HEIGHT_STOPS_M[i]);
            rows.add(new MapPainter.LegendRow(HEIGHT_COLOURS[i], "leaflets aloft, " + range + " above ground"));
        }
        rows.add(new MapPainter.LegendRow(0xFFD84315, "leaflets landed so far (density, log scale)"));
        rows.add(new MapPainter.LegendRow(MapPainter.CONTOUR, "density threshold contour"));
        MapPainter.legendBox(c, v, rows, true);
    }
}
