package org.leafdrop.io;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.Locale;
import mil.nga.grid.Hemisphere;
import mil.nga.grid.features.Point;
import mil.nga.mgrs.utm.UTM;
import org.leafdrop.coverage.DensityGrid;
import org.leafdrop.geo.LocalFrame;

/**
 * The density grid as an ESRI ASCII grid (leaflets per km2) in the UTM zone of the plan's frame
 * origin, with a {@code .prj} file beside it (PLAN-FORMAT.md "Exports"), so that QGIS and ArcGIS
 * place it without asking. Cells are square, of the density grid's size, aligned on multiples of
 * it in UTM metres; each takes the density at its centre. Stateless and thread-safe.
 */
public final class AsciiGridExport {
    private static final int NODATA = -9999;

    private AsciiGridExport() {
    }

    /** The grid text and the matching projection text. */
    public record Files(String grid, String prj) {
    }

    public static Files of(DensityGrid density, LocalFrame frame) {
        UTM origin = UTM.from(Point.point(frame.originLonDeg(), frame.originLatDeg()));
        int zone = origin.getZone();
        Hemisphere hemisphere = origin.getHemisphere();
        double cell = density.cellM();
        double[] xs = new double[4];
        double[] ys = new double[4];
        double e0 = density.minEastM();
        double n0 = density.minNorthM();
        double e1 = e0 + density.columns() * cell;
        double n1 = n0 + density.rows() * cell;
        double[][] corners = {{e0, n0}, {e1, n0}, {e1, n1}, {e0, n1}};
        for (int i = 0; i < 4; i++) {
            double[] ll = frame.toLonLat(corners[i][0], corners[i][1]);
            UTM u = UTM.from(Point.point(ll[0], ll[1]), zone, hemisphere);
            xs[i] = u.getEasting();
            ys[i] = u.getNorthing();
        }
        double minX = Math.floor(Math.min(Math.min(xs[0], xs[1]), Math.min(xs[2], xs[3])) / cell) * cell;
        double minY = Math.floor(Math.min(Math.min(ys[0], ys[1]), Math.min(ys[2], ys[3])) / cell) * cell;
        double maxX = Math.max(Math.max(xs[0], xs[1]), Math.max(xs[2], xs[3]));
        double maxY = Math.max(Math.max(ys[0], ys[1]), Math.max(ys[2], ys[3]));
        int ncols = (int) Math.ceil((maxX - minX) / cell);
        int nrows = (int) Math.ceil((maxY - minY) / cell);
        StringBuilder g = new StringBuilder();
        g.append("ncols ").append(ncols).append('\n');
        g.append("nrows ").append(nrows).append('\n');
        g.append("xllcorner ").append(plain(minX)).append('\n');
        g.append("yllcorner ").append(plain(minY)).append('\n');
        g.append("cellsize ").append(plain(cell)).append('\n');
        g.append("NODATA_value ").append(NODATA).append('\n');
        for (int r = nrows - 1; r >= 0; r--) {
            double y = minY + (r + 0.5) * cell;
            for (int c = 0; c < ncols; c++) {
                double x = minX + (c + 0.5) * cell;
                Point p = UTM.point(zone, hemisphere, x, y);
                double[] local = frame.toLocal(p.getLongitude(), p.getLatitude());
                if (c > 0) {
                    g.append(' ');
                }
                g.append(value(density.perKm2At(local[0], local[1])));
            }
            g.append('\n');
        }
        return new Files(g.toString(), prj(zone, hemisphere));
    }

    /** Writes FILE and FILE's .prj (the extension replaced), each atomically. */
    public static void write(Files files, Path grid) throws IOException {
        AtomicFiles.writeString(grid, files.grid());
        AtomicFiles.writeString(prjPath(grid), files.prj());
    }

    /** The .prj beside a grid file: {@code density.asc} gives {@code density.prj}. */
    public static Path prjPath(Path grid) {
        String name = grid.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return grid.resolveSibling(stem + ".prj");
    }

    /** ESRI WKT of WGS 84 / UTM zone N or S. */
    static String prj(int zone, Hemisphere hemisphere) {
        boolean north = hemisphere == Hemisphere.NORTH;
        return String.format(Locale.ROOT, "PROJCS[\"WGS_1984_UTM_Zone_%d%s\",GEOGCS[\"GCS_WGS_1984\","
                + "DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],"
                + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],"
                + "PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",%s],"
                + "PARAMETER[\"Central_Meridian\",%d.0],PARAMETER[\"Scale_Factor\",0.9996],"
                + "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]\n",
                zone, north ? "N" : "S", north ? "0.0" : "10000000.0", zone * 6 - 183);
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String value(double perKm2) {
        return perKm2 == 0 ? "0" : BigDecimal.valueOf(perKm2).round(new MathContext(6)).stripTrailingZeros()
                .toPlainString();
    }
}
