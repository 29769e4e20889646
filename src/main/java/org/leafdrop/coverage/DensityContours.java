package org.leafdrop.coverage;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Where a density grid reaches a level: the union of its cells at or above the level, as valid
 * JTS polygons in the plan's frame (holes where the density dips inside), simplified by a
 * quarter of a cell so exported outlines are not staircases of every cell edge. Each row's runs of
 * qualifying cells are joined into one rectangle before the union, which keeps it fast.
 * Stateless and thread-safe.
 */
public final class DensityContours {
    private DensityContours() {
    }

    /** The area at or above {@code levelPerKm2}; empty when no cell reaches it. */
    public static Geometry atOrAbove(DensityGrid grid, double levelPerKm2) {
        GeometryFactory gf = new GeometryFactory();
        List<Geometry> runs = new ArrayList<>();
        double cell = grid.cellM();
        for (int y = 0; y < grid.rows(); y++) {
            int x = 0;
            while (x < grid.columns()) {
                if (grid.perKm2(x, y) < levelPerKm2) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < grid.columns() && grid.perKm2(x, y) >= levelPerKm2) {
                    x++;
                }
                double e0 = grid.minEastM() + start * cell;
                double e1 = grid.minEastM() + x * cell;
                double n0 = grid.minNorthM() + y * cell;
                runs.add(gf.toGeometry(new org.locationtech.jts.geom.Envelope(e0, e1, n0, n0 + cell)));
            }
        }
        if (runs.isEmpty()) {
            return gf.createPolygon();
        }
        Geometry union = UnaryUnionOp.union(runs);
        Geometry simplified = TopologyPreservingSimplifier.simplify(union, cell / 4);
        return simplified.isValid() ? simplified : union;
    }

    /** The polygons of a contour, in order, for exporters. */
    public static List<Polygon> polygons(Geometry contour) {
        List<Polygon> out = new ArrayList<>();
        for (int i = 0; i < contour.getNumGeometries(); i++) {
            if (contour.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }
}
