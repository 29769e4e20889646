package org.leafdrop.coverage;

import java.util.ArrayList;
import java.util.List;
import org.leafdrop.geo.LocalFrame;
import org.leafdrop.model.AreaGeometry;
import org.leafdrop.model.LonLat;
import org.leafdrop.sim.SortieLandings;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Point-in-area tests for one target or exclusion in the plan's local frame (metres east and
 * north). The lon/lat polygon (holes and MultiPolygons included) is carried into the frame vertex
 * by vertex; edges longer than {@link #MAX_EDGE_M} are first divided evenly in lon/lat, because a
 * GeoJSON edge is straight in lon/lat (RFC 7946) and a long one bends in the frame. A point on the
 * boundary counts as inside; areas across the antimeridian are not supported. Points are tested
 * against the envelope first, then through JTS's {@link IndexedPointInAreaLocator} (built
 * eagerly). Immutable and thread-safe.
 */
public final class AreaCounter {
    /** Longest edge carried into the frame unchanged; a 1 km lon/lat edge bends by a centimetre or two. */
    public static final double MAX_EDGE_M = 1000;

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final Geometry geometry;
    private final Envelope envelope;
    private final IndexedPointInAreaLocator locator;

    private AreaCounter(Geometry geometry) {
        this.geometry = geometry;
        this.envelope = geometry.getEnvelopeInternal();
        this.locator = new IndexedPointInAreaLocator(geometry);
        // builds the index now rather than on the first (possibly concurrent) query
        locator.locate(new Coordinate(envelope.getMinX(), envelope.getMinY()));
    }

    /** The counter for an area given in lon/lat, in the frame the landings use. */
    public static AreaCounter of(AreaGeometry area, LocalFrame frame) {
        List<Polygon> polygons = new ArrayList<>();
        for (List<List<LonLat>> rings : area.polygons()) {
            LinearRing shell = ring(rings.get(0), frame);
            LinearRing[] holes = new LinearRing[rings.size() - 1];
            for (int i = 1; i < rings.size(); i++) {
                holes[i - 1] = ring(rings.get(i), frame);
            }
            polygons.add(FACTORY.createPolygon(shell, holes));
        }
        Geometry g = polygons.size() == 1
                ? polygons.get(0)
                : FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
        return new AreaCounter(g);
    }

    private static LinearRing ring(List<LonLat> positions, LocalFrame frame) {
        List<Coordinate> out = new ArrayList<>();
        double[] prev = frame.toLocal(positions.get(0).lonDeg(), positions.get(0).latDeg());
        out.add(new Coordinate(prev[0], prev[1]));
        for (int i = 1; i < positions.size(); i++) {
            LonLat a = positions.get(i - 1);
            LonLat b = positions.get(i);
            double[] end = frame.toLocal(b.lonDeg(), b.latDeg());
            int pieces = (int) Math.ceil(Math.hypot(end[0] - prev[0], end[1] - prev[1]) / MAX_EDGE_M);
            for (int k = 1; k < pieces; k++) {
                double t = (double) k / pieces;
                double[] p = frame.toLocal(a.lonDeg() + t * (b.lonDeg() - a.lonDeg()),
                        a.latDeg() + t * (b.latDeg() - a.latDeg()));
                out.add(new Coordinate(p[0], p[1]));
            }
            out.add(new Coordinate(end[0], end[1]));
            prev = end;
        }
        // the closing position maps to the same bits as the first; set it so, whatever rounding did
        out.set(out.size() - 1, out.get(0).copy());
        return FACTORY.createLinearRing(out.toArray(Coordinate[]::new));
    }

    /** True when the point (m east, m north in the frame) is inside or on the boundary. */
    public boolean contains(double eastM, double northM) {
        if (!envelope.contains(eastM, northM)) {
            return false;
        }
        return locator.locate(new Coordinate(eastM, northM)) != Location.EXTERIOR;
    }

    /** How many of a sortie's landed particles are inside. */
    public int count(SortieLandings landings) {
        int inside = 0;
        for (int i = 0; i < landings.landedCount(); i++) {
            if (contains(landings.eastM(i), landings.northM(i))) {
                inside++;
            }
        }
        return inside;
    }

    /** The area in the frame, as a copy the caller may change. */
    public Geometry localGeometry() {
        return geometry.copy();
    }

    /** The bounding box in the frame (a copy). */
    public Envelope envelope() {
        return new Envelope(envelope);
    }
}
